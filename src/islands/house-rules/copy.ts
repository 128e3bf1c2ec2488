// Copying an output: the Clipboard API where the browser allows it, otherwise the text is selected
// so that Ctrl+C / ⌘+C copies it (the island then shows a hint saying so). As choosealicense.com does.

export type CopyResult = 'copied' | 'selected';

export async function copyText(text: string, element: HTMLElement | null): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied (no permission, insecure context): fall through to selecting the text.
  }
  if (element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      // Deprecated but still the only synchronous way in older browsers; harmless if it fails.
      if (document.execCommand?.('copy')) return 'copied';
    } catch {
      /* leave the text selected */
    }
  }
  return 'selected';
}
