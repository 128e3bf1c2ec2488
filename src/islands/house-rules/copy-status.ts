// Copy a text and say how it went ("Copied ✓", or how to copy the selected text), then clear the
// message after a while so that a second copy is announced again. For the outputs and the bar.
import type { HouseRulesUi } from '../../playbook/house-rules/schema';
import { copyText } from '../shared/copy';

export async function copyAndSay(
  text: string,
  shown: HTMLElement | null,
  outputs: HouseRulesUi['outputs'],
  say: (message: string) => void,
): Promise<void> {
  say((await copyText(text, shown)) === 'copied' ? outputs.copied : outputs.copyFallback);
  window.setTimeout(() => say(''), 4000);
}
