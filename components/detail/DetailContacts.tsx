import { useState } from 'preact/hooks';
import type { Contact } from '@/lib/domain/model';
import { PATTERNS } from '@/lib/domain/limits';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { i18n } from '@/lib/i18n';
import { DetailContactRow } from './DetailContactRow';

interface DetailContactsProps {
  contacts: Contact[];
  /** Resolves true when the person was saved (the form is then cleared). */
  onAdd: (contact: Omit<Contact, 'id'>) => Promise<boolean>;
  onRemove: (contactId: string) => void;
}

type Draft = { name: string; role: string; email: string; phone: string };
const EMPTY: Draft = { name: '', role: '', email: '', phone: '' };
const KEYS: (keyof Draft)[] = ['name', 'role', 'email', 'phone'];

function problemsOf(draft: Draft): Partial<Record<keyof Draft, string>> {
  const problems: Partial<Record<keyof Draft, string>> = {};
  if (!draft.name.trim()) problems.name = i18n.t('validation.nameNeeded');
  if (draft.email.trim() && !PATTERNS.email.test(draft.email.trim())) problems.email = i18n.t('validation.email');
  return problems;
}

/** Contact persons: personal data, so each can be deleted for good. */
export function DetailContacts({ contacts, onAdd, onRemove }: DetailContactsProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string>>>({});
  const [confirming, setConfirming] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = problemsOf(draft);
    setProblems(found);
    if (Object.keys(found).length) return;
    const contact: Omit<Contact, 'id'> = { name: draft.name.trim() };
    if (draft.role.trim()) contact.role = draft.role.trim();
    if (draft.email.trim()) contact.email = draft.email.trim();
    if (draft.phone.trim()) contact.phone = draft.phone.trim();
    if (await onAdd(contact)) setDraft(EMPTY);
  };
  return (
    <section class="bd-section" aria-labelledby="bd-contacts-title">
      <h3 id="bd-contacts-title">{i18n.t('detail.contacts.title')}</h3>
      {contacts.length === 0 && <p class="bd-muted">{i18n.t('detail.contacts.empty')}</p>}
      <ul class="bd-contacts">
        {contacts.map((contact) => (
          <DetailContactRow
            key={contact.id}
            contact={contact}
            confirming={confirming === contact.id}
            onAskDelete={() => setConfirming(contact.id)}
            onKeep={() => setConfirming(undefined)}
            onRemove={() => onRemove(contact.id)}
          />
        ))}
      </ul>
      <form
        class="bd-form bd-form--grid"
        onSubmit={(event) => void submit(event)}
        aria-label={i18n.t('detail.contacts.formLabel')}
      >
        {KEYS.map((key) => (
          <div key={key} class="bd-field">
            <label for={`bd-contact-${key}`}>
              {key === 'name' ? fieldLabel(key) : i18n.t('detail.contacts.optional', [fieldLabel(key)])}
            </label>
            <input
              id={`bd-contact-${key}`}
              type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
              value={draft[key]}
              aria-invalid={problems[key] ? true : undefined}
              aria-describedby={problems[key] ? `bd-contact-${key}-problem` : undefined}
              onInput={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
            />
            {problems[key] && (
              <p id={`bd-contact-${key}-problem`} class="bd-error">
                {problems[key]}
              </p>
            )}
          </div>
        ))}
        <button type="submit" class="pp-button">
          {i18n.t('detail.contacts.add')}
        </button>
      </form>
    </section>
  );
}
