import { useState } from 'preact/hooks';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { i18n } from '@/lib/i18n';
import { CountrySelect } from './CountrySelect';
import { checkDraft, EMPTY, TYPED, type Draft, type ManualFields, type TypedKey } from './manual-draft';
import { ManualMatches } from './ManualMatches';
import { ManualTextField } from './ManualTextField';
import type { ProbableMatchView } from './ProbableMatchPrompt';

export type ManualOutcome = { saved: string } | { probable: ProbableMatchView[] } | 'failed';

interface ManualPartnerFormProps {
  id: string;
  /** Save; `keepSeparate` after the user said the probable matches are other organisations. */
  onSubmit: (fields: ManualFields, keepSeparate: boolean) => Promise<ManualOutcome>;
  /** "Use <name>": the organisation is already saved, take that one. */
  onUseExisting: (orgId: string) => void;
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
    added(outcome.saved);
  };
  const added = (name: string) => {
    setProbable(undefined);
    setDraft(EMPTY);
    setDone(i18n.t('events.manual.added', [name]));
  };
  const input = (key: TypedKey, label: string) => (
    <ManualTextField
      id={f(key)}
      label={label}
      value={draft[key]}
      error={errors[key]}
      url={key === 'website'}
      onInput={(value) => (setDraft({ ...draft, [key]: value }), setProbable(undefined), setDone(undefined))}
    />
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
        <CountrySelect
          id={f('country')}
          value={draft.country}
          noneLabel={i18n.t('common.notKnown')}
          onChange={(country) => setDraft({ ...draft, country })}
        />
      </div>
      {input('city', i18n.t('events.manual.city'))}
      {input('website', i18n.t('events.manual.websiteLabel'))}
      {probable && (
        <ManualMatches
          probable={probable}
          onUse={(m) => (added(m.name), onUseExisting(m.orgId))}
          onAddNew={() => void send(true)}
        />
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
