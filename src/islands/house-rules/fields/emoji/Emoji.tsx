// Whether the bio may open with an emoji.
import type { GroupProps } from '../props';

export function Emoji({ ui, state, set }: GroupProps) {
  return (
    <fieldset>
      <legend>{ui.emoji.legend}</legend>
      <label>
        <input
          type="checkbox"
          id="hr-emoji"
          checked={state.emoji}
          onChange={(e) => set({ emoji: (e.currentTarget as HTMLInputElement).checked })}
        />
        {ui.emoji.label}
      </label>
    </fieldset>
  );
}
