// The reader's country, changeable in the plan: only where the page's language serves more than one
// (German: Germany, Austria, Switzerland; English: the US, the UK, Ireland).
import type { Country } from '../../playbook/decision/country';
import type { CountryTexts } from '../../playbook/decision/texts';

interface Props {
  texts: CountryTexts;
  countries: readonly Country[];
  country: Country;
  onChange: (country: Country) => void;
}

export function CountryChoice({ texts, countries, country, onChange }: Props) {
  if (countries.length < 2) return null;
  return (
    <p class="wizard-country">
      <label for="wizard-country">{texts.label}</label>
      <select
        id="wizard-country"
        data-input="country"
        value={country}
        aria-describedby="wizard-country-help"
        onChange={(e) => onChange(e.currentTarget.value as Country)}
      >
        {countries.map((c) => (
          <option key={c} value={c}>
            {texts.names[c]}
          </option>
        ))}
      </select>
      <span class="wizard-help" id="wizard-country-help">
        {texts.help}
      </span>
    </p>
  );
}
