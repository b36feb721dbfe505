import { i18n } from '@/lib/i18n';

export interface Recipient {
  email: string;
  label: string;
  contactId?: string;
}

interface ComposerRecipientProps {
  recipients: Recipient[];
  recipient: string;
  onRecipient: (email: string) => void;
}

/** Which of the partner's addresses the message goes to. */
export function ComposerRecipient({ recipients, recipient, onRecipient }: ComposerRecipientProps) {
  return (
    <div class="bd-field">
      <label for="or-recipient">{i18n.t('outreach.composer.recipient')}</label>
      <select id="or-recipient" value={recipient} onChange={(event) => onRecipient(event.currentTarget.value)}>
        {recipients.map((r) => (
          <option key={r.email} value={r.email}>
            {r.label}
          </option>
        ))}
      </select>
    </div>
  );
}
