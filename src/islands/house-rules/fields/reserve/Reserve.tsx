// Room the bio leaves free for the business's own text, as typed: the island keeps the text while
// it is half-typed or wrong, and the last valid number in the state.
import { format } from '../../../../i18n/format';
import type { HouseRulesUi } from '../../../../playbook/house-rules/schema';
import { TextField } from '../text-field/TextField';

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
    <TextField
      id="hr-reserve"
      name="reserve"
      type="text"
      inputMode="numeric"
      autoComplete="off"
      class="hr-short"
      placeholder={String(byDefault)}
      prefix="hr-reserve"
      label={ui.reserve.label}
      hint={format(ui.reserve.hint, { default: byDefault, max: most })}
      alsoDescribedBy="hr-reserve-order"
      value={text}
      error={error}
      onText={setText}
      leave={leave}
    >
      <p class="hr-hint" id="hr-reserve-order">
        {ui.reserve.order}
      </p>
    </TextField>
  );
}
