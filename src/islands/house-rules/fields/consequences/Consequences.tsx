// What happens on a breach, as a ladder: the chosen steps first, in their order, with buttons to
// move each up or down; the others after them. A move is announced and the focus stays on it.
// Only the steps the platform offers are listed, and the chosen ones as the platform allows them
// (a hide becomes a delete on Instagram), as the texts write them.
import { useRef } from 'preact/hooks';
import { format } from '../../../../i18n/format';
import {
  consequenceIds,
  withConsequence,
  type ConsequenceId,
} from '../../../../playbook/house-rules/ids';
import { platformById } from '../../../../playbook/house-rules/platforms';
import { consequencesFor, consequencesOn } from '../../../../playbook/house-rules/tools';
import type { GroupProps } from '../props';

export function Consequences({
  ui,
  state,
  set,
  announce,
}: GroupProps & { announce: (message: string) => void }) {
  const ladderRef = useRef<HTMLOListElement>(null);
  const offered = consequencesOn(state.platform);
  const chosen = consequencesFor(state.platform, state.consequences);

  const move = (id: ConsequenceId, by: -1 | 1) => {
    const list = [...chosen];
    const from = list.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= list.length) return;
    [list[from], list[to]] = [list[to]!, list[from]!];
    set({ consequences: list });
    announce(format(ui.consequences.moved, { item: ui.consequences.labels[id] }));
    // Keep the keyboard where it was: on the same button of the item that moved.
    const which = by < 0 ? 'up' : 'down';
    requestAnimationFrame(() => {
      const target = ladderRef.current?.querySelector<HTMLButtonElement>(
        `[data-move="${id}:${which}"]`,
      );
      (target && !target.disabled
        ? target
        : ladderRef.current?.querySelector<HTMLButtonElement>(
            `[data-move^="${id}:"]:not([disabled])`,
          )
      )?.focus();
    });
  };

  // Chosen consequences first, in their order; the others after them.
  const ladder = [...chosen, ...offered.filter((c) => !chosen.includes(c))];

  return (
    <fieldset>
      <legend>{ui.consequences.legend}</legend>
      <p class="hr-hint">{ui.consequences.hint}</p>
      {offered.length < consequenceIds.length && (
        <p class="hr-hint">
          {format(ui.consequences.onlyOn, { platform: platformById(state.platform).label })}
        </p>
      )}
      <ol class="hr-ladder" ref={ladderRef}>
        {ladder.map((id) => {
          const at = chosen.indexOf(id);
          const on = at >= 0;
          const item = ui.consequences.labels[id];
          return (
            <li key={id} class={on ? 'hr-on' : undefined}>
              <label>
                <input
                  type="checkbox"
                  id={`hr-consequence-${id}`}
                  value={id}
                  checked={on}
                  onChange={(e) =>
                    set({
                      consequences: (e.currentTarget as HTMLInputElement).checked
                        ? withConsequence(chosen, id)
                        : chosen.filter((c) => c !== id),
                    })
                  }
                />
                {/* The list's order already says it to screen readers; the number is for the eye. One
                    text node ("1."), as the server renders it: two nodes hydrated into "1..". */}
                {on && <span class="hr-step" aria-hidden="true">{`${at + 1}.`}</span>}
                {item}
              </label>
              {on && (
                <span class="hr-move">
                  <button
                    type="button"
                    class="secondary"
                    data-move={`${id}:up`}
                    disabled={at === 0}
                    aria-label={format(ui.consequences.up, { item })}
                    onClick={() => move(id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    data-move={`${id}:down`}
                    disabled={at === chosen.length - 1}
                    aria-label={format(ui.consequences.down, { item })}
                    onClick={() => move(id, 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
