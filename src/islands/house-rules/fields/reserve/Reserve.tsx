// Room the bio leaves free for the business's own text, as typed: the island keeps the text while
// it is half-typed or wrong, and the last valid number in the state.
import { format } from '../../../../i18n/format';
import type { HouseRulesUi } from '../../../../playbook/house-rules/schema';

interface Props {
  ui: HouseRulesUi;
  text: string;
  setText: (raw: string) => void;
  error: string;
  leave: () => void;
  /** The default reserve (a third of the limit) and the most this bio can leave free. */
  byDefault: number;
  most: number;
}

export function Reserve({ ui, text, setText, error, leave, byDefault, most }: Props) {
  return (
    <div class="hr-field">
      <label for="hr-reserve">{ui.reserve.label}</label>
      <input
        id="hr-reserve"
        name="reserve"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="hr-short"
        value={text}
        placeholder={String(byDefault)}
        aria-describedby={
          error
            ? 'hr-reserve-error hr-reserve-hint hr-reserve-order'
            : 'hr-reserve-hint hr-reserve-order'
        }
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onBlur={leave}
      />
      <p class="hr-hint" id="hr-reserve-hint">
        {format(ui.reserve.hint, { default: byDefault, max: most })}
      </p>
      {error && (
        <p class="hr-error" id="hr-reserve-error">
          {error}
        </p>
      )}
      <p class="hr-hint" id="hr-reserve-order">
        {ui.reserve.order}
      </p>
    </div>
  );
}
