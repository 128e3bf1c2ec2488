// Copying a text the way choosealicense.com does: the Clipboard API first; where it is missing or
// refused (older browsers, no permission, an insecure context), select the visible text and try
// the old copy command; if that fails too, the text stays selected and the island says how to copy.
export type CopyResult = 'copied' | 'selected';

export async function copyText(text: string, shown: HTMLElement | null): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied: fall through to selecting the text.
  }
  if (shown) {
    if (shown instanceof HTMLTextAreaElement || shown instanceof HTMLInputElement) {
      shown.focus();
      shown.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(shown);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    try {
      // Deprecated, but the only synchronous way in older browsers; harmless where it fails.
      if (document.execCommand?.('copy')) return 'copied';
    } catch {
      /* leave the text selected */
    }
  }
  return 'selected';
}
