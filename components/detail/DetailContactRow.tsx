import type { Contact } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';

interface DetailContactRowProps {
  contact: Contact;
  /** Asking "delete for good?" for this person. */
  confirming: boolean;
  onAskDelete: () => void;
  onKeep: () => void;
  onRemove: () => void;
}

/** One contact person: name, role, email, phone, and deleting them after a confirmation. */
export function DetailContactRow({ contact, confirming, onAskDelete, onKeep, onRemove }: DetailContactRowProps) {
  return (
    <li class="bd-contact">
      <div>
        <strong>{contact.name}</strong>
        {contact.role && <span class="bd-muted"> · {contact.role}</span>}
        {contact.email && (
          <div>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </div>
        )}
        {contact.phone && <div>{contact.phone}</div>}
      </div>
      {confirming ? (
        <span class="bd-confirm" role="group" aria-label={i18n.t('detail.contacts.confirmLabel', [contact.name])}>
          <span>{i18n.t('detail.contacts.confirm')}</span>
          <button type="button" class="pp-button bd-danger" onClick={onRemove}>
            {i18n.t('detail.contacts.deleteNamed', [contact.name])}
          </button>
          <button type="button" class="pp-button" onClick={onKeep}>
            {i18n.t('detail.contacts.keep')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          class="bd-link-button"
          aria-label={i18n.t('detail.contacts.deleteLabel', [contact.name])}
          onClick={onAskDelete}
        >
          {i18n.t('common.delete')}
        </button>
      )}
    </li>
  );
}
