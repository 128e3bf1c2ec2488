// A typed field: label, input, hint and error, the hint and the error tied to the input. Shared by
// the name, reserve and contact questions; what follows the error (a checkbox, a second hint) is
// passed as children.
import type { ComponentChildren } from 'preact';

/** The input's own attributes, as the HTML has them. */
interface InputAttributes {
  id: string;
  name: string;
  type: string;
  autoComplete: string;
  inputMode?: 'numeric';
  class?: string;
  placeholder?: string;
}

interface Props extends InputAttributes {
  /** The hint's and the error's ids start with it: `${prefix}-hint`, `${prefix}-error`. */
  prefix: string;
  label: ComponentChildren;
  hint: ComponentChildren;
  error: string;
  /** More hints after the first, by id, that the input is described by too. */
  alsoDescribedBy?: string;
  value: string;
  onText: (value: string) => void;
  leave: () => void;
  children?: ComponentChildren;
}

export function TextField({
  prefix,
  label,
  hint,
  error,
  alsoDescribedBy,
  onText,
  leave,
  children,
  ...input
}: Props) {
  const described = `${prefix}-hint${alsoDescribedBy ? ` ${alsoDescribedBy}` : ''}`;
  return (
    <div class="hr-field">
      <label for={input.id}>{label}</label>
      <input
        {...input}
        aria-describedby={error ? `${prefix}-error ${described}` : described}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => onText(e.currentTarget.value)}
        onBlur={leave}
      />
      <p class="hr-hint" id={`${prefix}-hint`}>
        {hint}
      </p>
      {error && (
        <p class="hr-error" id={`${prefix}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
