// How soon the page answers, or nothing said about it (the first choice, value "").
import { replyTimeIds, type ReplyTimeId } from '../../../../playbook/house-rules/ids';
import { RadioQuestion } from '../choices/Choices';
import type { GroupProps } from '../props';

const choices: readonly ('' | ReplyTimeId)[] = ['', ...replyTimeIds];

export function ReplyTime({ ui, state, set }: GroupProps) {
  return (
    <RadioQuestion
      legend={ui.replyTime.legend}
      field="replyTime"
      ids={choices}
      label={(id: '' | ReplyTimeId) => (id === '' ? ui.replyTime.none : ui.replyTime.labels[id])}
      state={state}
      set={set}
    />
  );
}
