// The text's language and register: the output may be in another language than the page.
import type { Locale } from '../../../../i18n/locales';
import { registers, type Register } from '../../../../playbook/house-rules/ids';
import { Radios } from '../choices/Choices';
import type { GroupProps } from '../props';

export function OutputLanguage({
  ui,
  state,
  set,
  languages,
}: GroupProps & { languages: readonly { code: Locale; name: string }[] }) {
  return (
    <fieldset>
      <legend>{ui.output.legend}</legend>
      <label for="hr-lang">{ui.output.lang}</label>
      <select
        id="hr-lang"
        name="lang"
        value={state.lang}
        aria-describedby="hr-lang-hint"
        onChange={(e) => set({ lang: (e.currentTarget as HTMLSelectElement).value as Locale })}
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      <p class="hr-hint" id="hr-lang-hint">
        {ui.output.langHint}
      </p>
      <fieldset class="hr-inline">
        <legend>{ui.output.register}</legend>
        <Radios
          field="register"
          ids={registers}
          label={(r: Register) => ui.output[r]}
          state={state}
          set={set}
        />
      </fieldset>
    </fieldset>
  );
}
