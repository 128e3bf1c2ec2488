// Copy to the clipboard the way choosealicense.com does: the Clipboard API first; where it is
// missing or refused (older browsers, no permission), select the visible text and try the old
// copy command; if that fails too, the text stays selected and the page says how to copy it.
export type CopyResult = 'copied' | 'selected';

export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // fall through to selecting the text
  }
  if (fallback) {
    fallback.focus();
    fallback.select();
    try {
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // leave it selected
    }
  }
  return 'selected';
}
