// The business's name, and whether it goes into the bio too. Its error shows once the field is left.
import { TextField } from '../text-field/TextField';
import type { TypedGroupProps } from '../props';

export function Name({ ui, state, set, error, leave }: TypedGroupProps) {
  return (
    <TextField
      id="hr-name"
      name="name"
      type="text"
      autoComplete="organization"
      prefix="hr-name"
      label={ui.name.label}
      hint={ui.name.hint}
      value={state.name}
      error={error}
      onText={(name) => set({ name })}
      leave={leave}
    >
      <label class="hr-check">
        <input
          type="checkbox"
          id="hr-name-in-bio"
          checked={state.nameInBio}
          aria-describedby="hr-name-in-bio-hint"
          onChange={(e) => set({ nameInBio: (e.currentTarget as HTMLInputElement).checked })}
        />
        {ui.name.inBio}
      </label>
      <p class="hr-hint" id="hr-name-in-bio-hint">
        {ui.name.inBioHint}
      </p>
    </TextField>
  );
}
