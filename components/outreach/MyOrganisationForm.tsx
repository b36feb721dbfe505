import './outreach.css';
import { useState } from 'preact/hooks';
import type { MyOrganisation } from '@/lib/domain/model';
import { isHttpUrl, PATTERNS } from '@/lib/domain/limits';
import { i18n } from '@/lib/i18n';
import { CountrySelect } from '../shared/CountrySelect';

export type MyOrganisationDraft = Record<keyof MyOrganisation, string>;
const FIELDS = ['name', 'oid', 'pic', 'country', 'city', 'type', 'website', 'contactName', 'contactRole'] as const;

const LABELS: Record<keyof MyOrganisation, () => string> = {
  name: () => i18n.t('me.name'),
  oid: () => i18n.t('me.oid'),
  pic: () => i18n.t('me.pic'),
  country: () => i18n.t('me.country'),
  city: () => i18n.t('me.city'),
  type: () => i18n.t('me.type'),
  website: () => i18n.t('me.website'),
  contactName: () => i18n.t('me.contactName'),
  contactRole: () => i18n.t('me.contactRole'),
};

/** What is wrong with a draft, per field, in words; empty when it can be saved. */
export function checkMyOrganisation(draft: MyOrganisationDraft): Partial<Record<keyof MyOrganisation, string>> {
  const problems: Partial<Record<keyof MyOrganisation, string>> = {};
  if (!draft.name.trim()) problems.name = i18n.t('me.nameNeeded');
  if (draft.oid.trim() && !PATTERNS.oid.test(draft.oid.trim())) problems.oid = i18n.t('me.oidFormat');
  if (draft.pic.trim() && !PATTERNS.pic.test(draft.pic.trim())) problems.pic = i18n.t('me.picFormat');
  if (draft.website.trim() && !isHttpUrl(draft.website.trim())) problems.website = i18n.t('me.websiteFormat');
  return problems;
}

interface MyOrganisationFormProps {
  me: MyOrganisation | null;
  busy: boolean;
  onSave: (draft: MyOrganisationDraft) => void;
}

/** The user's own organisation: the applicant of their ideas and the sender of their messages. */
export function MyOrganisationForm({ me, busy, onSave }: MyOrganisationFormProps) {
  const [draft, setDraft] = useState<MyOrganisationDraft>(
    () => Object.fromEntries(FIELDS.map((key) => [key, me?.[key] ?? ''])) as MyOrganisationDraft,
  );
  const [problems, setProblems] = useState<ReturnType<typeof checkMyOrganisation>>({});
  const submit = (event: Event) => {
    event.preventDefault();
    const found = checkMyOrganisation(draft);
    setProblems(found);
    if (Object.keys(found).length === 0) onSave(draft);
    else document.getElementById(`me-${Object.keys(found)[0]}`)?.focus();
  };
  const input = (key: Exclude<keyof MyOrganisation, 'country'>) => (
    <label class="or-me-field" key={key}>
      <span>{LABELS[key]()}</span>
      <input
        id={`me-${key}`}
        value={draft[key]}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `me-${key}-problem` : undefined}
        onInput={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
      />
      {problems[key] && (
        <span id={`me-${key}-problem`} class="bd-error">
          {problems[key]}
        </span>
      )}
    </label>
  );
  return (
    <form class="or-me-form" onSubmit={submit} noValidate>
      {input('name')}
      {input('oid')}
      {input('pic')}
      <label class="or-me-field">
        <span>{LABELS.country()}</span>
        <CountrySelect
          id="me-country"
          value={draft.country}
          noneLabel={i18n.t('me.noCountry')}
          onChange={(country) => setDraft({ ...draft, country })}
        />
      </label>
      {input('city')}
      {input('type')}
      {input('website')}
      {input('contactName')}
      {input('contactRole')}
      <button type="submit" class="pp-button bd-primary" disabled={busy}>
        {i18n.t('me.save')}
      </button>
    </form>
  );
}
