import { useState } from 'preact/hooks';
import type { MailtoResult } from '@/lib/outreach/mailto';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { ComposerRecipient, type Recipient } from './ComposerRecipient';

export type { Recipient } from './ComposerRecipient';

interface ComposerActionsProps {
  ready: boolean;
  mailto: MailtoResult;
  recipients: Recipient[];
  recipient: string;
  onRecipient: (email: string) => void;
  platformUrl?: string;
  text: string;
  onOpened: (channel: 'email' | 'copy' | 'platform') => void;
  onSaveTemplate: () => Promise<boolean>;
  onClose: () => void;
}

/** Open in e-mail (a mailto: link within the limit), copy the text, or open the platform's page. */
export function ComposerActions(props: ComposerActionsProps) {
  const [status, setStatus] = useState<string>();
  const why = !props.mailto.ok
    ? props.mailto.reason === 'too-long'
      ? i18n.t('outreach.composer.tooLong', [formatNumber(props.mailto.length ?? 0)])
      : i18n.t('outreach.composer.noAddress')
    : undefined;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setStatus(i18n.t('outreach.composer.copied'));
      props.onOpened('copy');
    } catch {
      setStatus(i18n.t('outreach.composer.copyFailed'));
    }
  };
  return (
    <div class="or-actions">
      {props.recipients.length > 0 && (
        <ComposerRecipient recipients={props.recipients} recipient={props.recipient} onRecipient={props.onRecipient} />
      )}
      {why && (
        <p class="bd-hint" data-testid="mailto-why">
          {why}
        </p>
      )}
      <div class="bd-dialog__actions">
        {props.ready && props.mailto.ok ? (
          <a class="pp-button bd-primary" href={props.mailto.href} onClick={() => props.onOpened('email')}>
            {i18n.t('outreach.composer.openEmail')}
          </a>
        ) : (
          <button type="button" class="pp-button bd-primary" disabled>
            {i18n.t('outreach.composer.openEmail')}
          </button>
        )}
        <button type="button" class="pp-button" disabled={!props.ready} onClick={() => void copy()}>
          {i18n.t('outreach.composer.copy')}
        </button>
        {props.platformUrl && (
          <a
            class="pp-button"
            href={props.platformUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => props.ready && props.onOpened('platform')}
          >
            {i18n.t('outreach.composer.openPlatform')}
          </a>
        )}
        <button
          type="button"
          class="pp-button"
          onClick={() =>
            void props.onSaveTemplate().then((ok) => ok && setStatus(i18n.t('outreach.composer.templateSaved')))
          }
        >
          {i18n.t('outreach.composer.saveTemplate')}
        </button>
        <button type="button" class="pp-button" onClick={props.onClose}>
          {i18n.t('common.close')}
        </button>
      </div>
      <p role="status" class="bd-hint">
        {status}
      </p>
    </div>
  );
}
