import { useState } from 'preact/hooks';
import { checkField } from '@/lib/domain/field-check';
import { countryLabel } from '@/lib/i18n/format';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';
import type { ProbableMatchView } from './ProbableMatchPrompt';

export interface ManualFields {
  name: string;
  country?: string;
  city?: string;
  website?: string;
}
export type ManualOutcome = { saved: string } | { probable: ProbableMatchView[] } | 'failed';

interface ManualPartnerFormProps {
  id: string;
  /** Save; `keepSeparate` after the user said the probable matches are other organisations. */
  onSubmit: (fields: ManualFields, keepSeparate: boolean) => Promise<ManualOutcome>;
  /** "Use <name>": the organisation is already saved, take that one. */
  onUseExisting: (orgId: string) => void;
}

const SKIP = /^(AA|EU|EZ|QO|UN|ZZ|Q[M-Z]|X[A-JL-Z])$/;
let countries: { code: string; name: string }[] | undefined;
/** Every country the browser can name, in the user's language, sorted by name. */
export function countryOptions(locale = navigator.language): { code: string; name: string }[] {
  if (countries) return countries;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const found: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = SKIP.test(code) ? undefined : names.of(code);
      if (name && name !== code) found.push({ code, name });
    }
  return (countries = found.sort((x, y) => x.name.localeCompare(y.name, locale)));
}

/** "example.org" → "https://example.org"; anything that is not a web address stays as typed. */
export const withScheme = (raw: string) =>
  raw && !/^[a-z]+:/i.test(raw) && /^[\w-]+(\.[\w-]+)+/.test(raw) ? `https://${raw}` : raw;

type Draft = Required<ManualFields>;
/** The fields typed in (the country is picked from a list), in the order the form shows them. */
const TYPED = ['name', 'city', 'website'] as const;
type TypedKey = (typeof TYPED)[number];
const EMPTY: Draft = { name: '', country: '', city: '', website: '' };

/** The board's and the panel's own check (lib/domain/field-check.ts): the same values refused in the same words. */
function checkDraft(draft: Draft): { found: Partial<Record<TypedKey, string>>; fields: ManualFields } {
  const checked = {
    name: checkField('name', draft.name),
    city: checkField('city', draft.city),
    website: checkField('website', withScheme(draft.website.trim())),
  };
  const found = Object.fromEntries(TYPED.flatMap((key) => (checked[key].error ? [[key, checked[key].error]] : [])));
  const fields: ManualFields = { name: checked.name.value };
  if (draft.country) fields.country = draft.country;
  if (checked.city.value) fields.city = checked.city.value;
  if (checked.website.value) fields.website = checked.website.value;
  return { found, fields };
}

/** Someone met in person: name, country, city, website; a probable match is offered before anything new is created. */
export function ManualPartnerForm({ id, onSubmit, onUseExisting }: ManualPartnerFormProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<TypedKey, string>>>({});
  const [probable, setProbable] = useState<ProbableMatchView[]>();
  const [done, setDone] = useState<string>();
  const f = (name: string) => `${id}-${name}`;

  const send = async (keepSeparate: boolean) => {
    const { found, fields } = checkDraft(draft);
    setErrors(found);
    const firstWrong = TYPED.find((key) => found[key]);
    if (firstWrong) return document.getElementById(f(firstWrong))?.focus();
    const outcome = await onSubmit(fields, keepSeparate);
    if (outcome === 'failed') return;
    if ('probable' in outcome) return setProbable(outcome.probable);
    setProbable(undefined);
    setDraft(EMPTY);
    setDone(i18n.t('events.manual.added', [outcome.saved]));
  };
  const input = (key: TypedKey, label: string) => (
    <div class="bd-field">
      <label for={f(key)}>{label}</label>
      <input
        id={f(key)}
        value={draft[key]}
        inputMode={key === 'website' ? 'url' : undefined}
        aria-invalid={!!errors[key]}
        aria-describedby={errors[key] ? f(`${key}-error`) : undefined}
        onInput={(e) => (
          setDraft({ ...draft, [key]: e.currentTarget.value }),
          setProbable(undefined),
          setDone(undefined)
        )}
      />
      {errors[key] && (
        <p id={f(`${key}-error`)} class="bd-error">
          {errors[key]}
        </p>
      )}
    </div>
  );

  return (
    <form
      class="ii-manual bd-form--grid"
      aria-labelledby={f('title')}
      noValidate
      onSubmit={(e) => (e.preventDefault(), void send(false))}
    >
      <h3 id={f('title')} class="bd-field--wide">
        {i18n.t('events.manual.title')}
      </h3>
      {input('name', fieldLabel('name'))}
      <div class="bd-field">
        <label for={f('country')}>{i18n.t('events.manual.country')}</label>
        <select
          id={f('country')}
          value={draft.country}
          onChange={(e) => setDraft({ ...draft, country: e.currentTarget.value })}
        >
          <option value="">{i18n.t('common.notKnown')}</option>
          {countryOptions().map((c) => (
            <option key={c.code} value={c.code}>
              {i18n.t('events.manual.countryOption', [c.name, c.code])}
            </option>
          ))}
        </select>
      </div>
      {input('city', i18n.t('events.manual.city'))}
      {input('website', i18n.t('events.manual.websiteLabel'))}
      {probable && (
        <div class="bd-field--wide ii-probable" role="alert">
          <p>{i18n.t('events.manual.mayBeSaved')}</p>
          <ul>
            {probable.map((m) => (
              <li key={m.orgId}>
                <span>
                  {richText([<strong>{m.name}</strong>], (name) =>
                    m.country
                      ? i18n.t('events.manual.matchInCountry', [
                          name,
                          countryLabel(m.country),
                          m.origins.join(', '),
                          m.stageName,
                        ])
                      : i18n.t('events.manual.match', [name, m.origins.join(', '), m.stageName]),
                  )}
                </span>{' '}
                <button
                  type="button"
                  class="pp-button bd-primary"
                  onClick={() => (
                    setProbable(undefined),
                    setDraft(EMPTY),
                    setDone(i18n.t('events.manual.added', [m.name])),
                    onUseExisting(m.orgId)
                  )}
                >
                  {i18n.t('events.manual.use', [m.name])}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="pp-button" onClick={() => void send(true)}>
            {i18n.t('events.manual.addNew')}
          </button>
        </div>
      )}
      <div class="bd-form__actions bd-field--wide">
        <button type="submit" class="pp-button">
          {i18n.t('events.manual.add')}
        </button>
        <span class="bd-status" role="status">
          {done}
        </span>
      </div>
    </form>
  );
}
