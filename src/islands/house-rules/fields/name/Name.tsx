// The business's name, and whether it goes into the bio too. Its error shows once the field is left.
import type { GroupProps } from '../props';

export function Name({
  ui,
  state,
  set,
  error,
  leave,
}: GroupProps & { error: string; leave: () => void }) {
  return (
    <div class="hr-field">
      <label for="hr-name">{ui.name.label}</label>
      <input
        id="hr-name"
        name="name"
        type="text"
        autoComplete="organization"
        value={state.name}
        aria-describedby={error ? 'hr-name-error hr-name-hint' : 'hr-name-hint'}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })}
        onBlur={leave}
      />
      <p class="hr-hint" id="hr-name-hint">
        {ui.name.hint}
      </p>
      {error && (
        <p class="hr-error" id="hr-name-error">
          {error}
        </p>
      )}
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
    </div>
  );
}
