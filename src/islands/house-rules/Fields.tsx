// The generator's form: each question a <fieldset> with a <legend>, native controls only, hints
// and errors tied to their field. Stateless: the island passes the state and a setter.
import { useRef } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import {
  consequenceIds,
  contactKinds,
  contactNeedsValue,
  withConsequence,
  platformIds,
  registers,
  replyTimeIds,
  ruleIds,
  type ConsequenceId,
  type ContactKind,
} from '../../playbook/house-rules/ids';
import { platformById } from '../../playbook/house-rules/platforms';
import type { HouseRulesUi } from '../../playbook/house-rules/schema';
import type { HouseRulesState } from '../../playbook/house-rules/state';
import { format } from '../../i18n/format';

/** Fields that validate when the user leaves them. */
export type Field = 'name' | 'contactValue' | 'reserve';

interface Props {
  ui: HouseRulesUi;
  state: HouseRulesState;
  set: (patch: Partial<HouseRulesState>) => void;
  /** The user left a field: its message may show from now on. */
  leave: (field: Field) => void;
  languages: readonly { code: Locale; name: string }[];
  errors: Record<Field, string>;
  reserveText: string;
  setReserveText: (raw: string) => void;
  reserveDefault: number;
  reserveMax: number;
  announce: (message: string) => void;
}

export function Fields({
  ui,
  state,
  set,
  leave,
  languages,
  errors,
  reserveText,
  setReserveText,
  reserveDefault,
  reserveMax,
  announce,
}: Props) {
  const nameError = errors.name;
  const contactError = errors.contactValue;
  const ladderRef = useRef<HTMLOListElement>(null);
  const toggle = <T extends string>(list: readonly T[], id: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

  const move = (id: ConsequenceId, by: -1 | 1) => {
    const list = [...state.consequences];
    const from = list.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= list.length) return;
    [list[from], list[to]] = [list[to]!, list[from]!];
    set({ consequences: list });
    announce(format(ui.consequences.moved, { item: ui.consequences.labels[id] }));
    // Keep the keyboard where it was: on the same button of the item that moved.
    const which = by < 0 ? 'up' : 'down';
    requestAnimationFrame(() => {
      const target = ladderRef.current?.querySelector<HTMLButtonElement>(
        `[data-move="${id}:${which}"]`,
      );
      (target && !target.disabled
        ? target
        : ladderRef.current?.querySelector<HTMLButtonElement>(
            `[data-move^="${id}:"]:not([disabled])`,
          )
      )?.focus();
    });
  };

  // Chosen consequences first, in their order; the others after them.
  const ladder = [
    ...state.consequences,
    ...consequenceIds.filter((c) => !state.consequences.includes(c)),
  ];
  const needsValue = contactNeedsValue(state.contact);

  return (
    <>
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
          {registers.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="register"
                value={r}
                checked={state.register === r}
                onChange={() => set({ register: r })}
              />
              {ui.output[r]}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <div class="hr-field">
        <label for="hr-name">{ui.name.label}</label>
        <input
          id="hr-name"
          name="name"
          type="text"
          autoComplete="organization"
          value={state.name}
          aria-describedby={nameError ? 'hr-name-error hr-name-hint' : 'hr-name-hint'}
          aria-invalid={nameError ? 'true' : undefined}
          onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })}
          onBlur={() => leave('name')}
        />
        <p class="hr-hint" id="hr-name-hint">
          {ui.name.hint}
        </p>
        {nameError && (
          <p class="hr-error" id="hr-name-error">
            {nameError}
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

      <fieldset>
        <legend>{ui.platform.legend}</legend>
        <p class="hr-hint" id="hr-platform-hint">
          {ui.platform.hint}
        </p>
        <div class="hr-choices hr-choices-wide">
          {platformIds.map((id) => (
            <label key={id}>
              <input
                type="radio"
                name="platform"
                value={id}
                checked={state.platform === id}
                aria-describedby="hr-platform-hint"
                onChange={() => set({ platform: id })}
              />
              {platformById(id).label}
            </label>
          ))}
        </div>
      </fieldset>

      <div class="hr-field">
        <label for="hr-reserve">{ui.reserve.label}</label>
        <input
          id="hr-reserve"
          name="reserve"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          class="hr-short"
          value={reserveText}
          placeholder={String(reserveDefault)}
          aria-describedby={
            errors.reserve
              ? 'hr-reserve-error hr-reserve-hint hr-reserve-order'
              : 'hr-reserve-hint hr-reserve-order'
          }
          aria-invalid={errors.reserve ? 'true' : undefined}
          onInput={(e) => setReserveText((e.currentTarget as HTMLInputElement).value)}
          onBlur={() => leave('reserve')}
        />
        <p class="hr-hint" id="hr-reserve-hint">
          {format(ui.reserve.hint, { default: reserveDefault, max: reserveMax })}
        </p>
        {errors.reserve && (
          <p class="hr-error" id="hr-reserve-error">
            {errors.reserve}
          </p>
        )}
        <p class="hr-hint" id="hr-reserve-order">
          {ui.reserve.order}
        </p>
      </div>

      <fieldset>
        <legend>{ui.rules.legend}</legend>
        <p class="hr-hint">{ui.rules.hint}</p>
        <div class="hr-choices">
          {ruleIds.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                id={`hr-rule-${id}`}
                value={id}
                checked={state.rules.includes(id)}
                onChange={(e) =>
                  set({
                    rules: toggle(state.rules, id, (e.currentTarget as HTMLInputElement).checked),
                  })
                }
              />
              {ui.rules.labels[id]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{ui.consequences.legend}</legend>
        <p class="hr-hint">{ui.consequences.hint}</p>
        <ol class="hr-ladder" ref={ladderRef}>
          {ladder.map((id) => {
            const at = state.consequences.indexOf(id);
            const on = at >= 0;
            const item = ui.consequences.labels[id];
            return (
              <li key={id} class={on ? 'hr-on' : undefined}>
                <label>
                  <input
                    type="checkbox"
                    id={`hr-consequence-${id}`}
                    value={id}
                    checked={on}
                    onChange={(e) =>
                      set({
                        consequences: (e.currentTarget as HTMLInputElement).checked
                          ? withConsequence(state.consequences, id)
                          : state.consequences.filter((c) => c !== id),
                      })
                    }
                  />
                  {/* The list's order already says it to screen readers; the number is for the eye. One
                      text node ("1."), as the server renders it: two nodes hydrated into "1..". */}
                  {on && <span class="hr-step" aria-hidden="true">{`${at + 1}.`}</span>}
                  {item}
                </label>
                {on && (
                  <span class="hr-move">
                    <button
                      type="button"
                      class="secondary"
                      data-move={`${id}:up`}
                      disabled={at === 0}
                      aria-label={format(ui.consequences.up, { item })}
                      onClick={() => move(id, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      data-move={`${id}:down`}
                      disabled={at === state.consequences.length - 1}
                      aria-label={format(ui.consequences.down, { item })}
                      onClick={() => move(id, 1)}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>

      <fieldset>
        <legend>{ui.contact.legend}</legend>
        <div class="hr-choices">
          {contactKinds.map((k: ContactKind) => (
            <label key={k}>
              <input
                type="radio"
                name="contact"
                value={k}
                checked={state.contact === k}
                onChange={() => set({ contact: k })}
              />
              {ui.contact.labels[k]}
            </label>
          ))}
        </div>
        {needsValue && (
          <div class="hr-field">
            <label for="hr-contact-value">
              {ui.contact.valueLabels[state.contact as Exclude<ContactKind, 'dm'>]}
            </label>
            <input
              id="hr-contact-value"
              name="contactValue"
              value={state.contactValue}
              type={state.contact === 'email' ? 'email' : state.contact === 'phone' ? 'tel' : 'url'}
              autoComplete={
                state.contact === 'email' ? 'email' : state.contact === 'phone' ? 'tel' : 'url'
              }
              aria-describedby={
                contactError ? 'hr-contact-error hr-contact-hint' : 'hr-contact-hint'
              }
              aria-invalid={contactError ? 'true' : undefined}
              onInput={(e) => set({ contactValue: (e.currentTarget as HTMLInputElement).value })}
              onBlur={() => leave('contactValue')}
            />
            <p class="hr-hint" id="hr-contact-hint">
              {ui.contact.valueHints[state.contact as Exclude<ContactKind, 'dm'>]}
            </p>
            {contactError && (
              <p class="hr-error" id="hr-contact-error">
                {contactError}
              </p>
            )}
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{ui.replyTime.legend}</legend>
        <div class="hr-choices">
          <label>
            <input
              type="radio"
              name="replyTime"
              value=""
              checked={state.replyTime === null}
              onChange={() => set({ replyTime: null })}
            />
            {ui.replyTime.none}
          </label>
          {replyTimeIds.map((id) => (
            <label key={id}>
              <input
                type="radio"
                name="replyTime"
                value={id}
                checked={state.replyTime === id}
                onChange={() => set({ replyTime: id })}
              />
              {ui.replyTime.labels[id]}
            </label>
          ))}
        </div>
      </fieldset>

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
    </>
  );
}
