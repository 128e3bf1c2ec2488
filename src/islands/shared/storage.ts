// localStorage can be missing or throw (private mode, storage full, disabled): typing then simply
// isn't kept, and the tools still work.
export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // not kept: nothing else to do
  }
}
