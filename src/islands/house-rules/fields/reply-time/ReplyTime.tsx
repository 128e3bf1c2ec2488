// How soon the page answers, or nothing said about it (the first choice, value "").
import { replyTimeIds, type ReplyTimeId } from '../../../../playbook/house-rules/ids';
import { Radios } from '../choices/Choices';
import type { GroupProps } from '../props';

const choices: readonly ('' | ReplyTimeId)[] = ['', ...replyTimeIds];

export function ReplyTime({ ui, state, set }: GroupProps) {
  return (
    <fieldset>
      <legend>{ui.replyTime.legend}</legend>
      <div class="hr-choices">
        <Radios
          field="replyTime"
          ids={choices}
          label={(id: '' | ReplyTimeId) =>
            id === '' ? ui.replyTime.none : ui.replyTime.labels[id]
          }
          state={state}
          set={set}
        />
      </div>
    </fieldset>
  );
}
