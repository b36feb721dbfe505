/**
 * One message to one partner: a template in a language, filled from the idea, the partner and the
 * user's organisation, edited freely, then opened in the mail program, copied, or taken to the
 * platform's contact form. No bulk sending. Plain text throughout; nothing is rendered as HTML.
 */
import './outreach.css';
import { useRef, useState } from 'preact/hooks';
import { buildMailto } from '@/lib/outreach/mailto';
import { fillPlaceholders, isComplete, type FilledDraft, type PlaceholderValues } from '@/lib/outreach/placeholders';
import type { StarterTemplate } from '@/lib/outreach/starters';
import { i18n } from '@/lib/i18n';
import { ComposerActions, type Recipient } from './ComposerActions';
import { ComposerChoices } from './ComposerChoices';
import { ComposerFields } from './ComposerFields';
import { ComposerPreview } from './ComposerPreview';
import { useModal } from './useModal';
import { useTemplateDraft } from './useTemplateDraft';

export type { Recipient } from './ComposerActions';
export interface OpenedDraft {
  channel: 'email' | 'copy' | 'platform';
  templateId: string;
  language: string;
  ideaId?: string;
  contactId?: string;
}

export interface ComposerProps {
  partnerName: string;
  templates: readonly StarterTemplate[];
  proposedLanguage: string;
  languageName: (tag: string) => string;
  ideas: { id: string; title: string }[];
  initialIdeaId?: string;
  valuesFor: (language: string, ideaId: string | undefined) => PlaceholderValues;
  recipients: Recipient[];
  /** The platform's page for its contact form, when the platform hides the address. */
  platformUrl?: string;
  onOpened: (draft: OpenedDraft) => void;
  onSaveTemplate: (template: Pick<StarterTemplate, 'name' | 'language' | 'subject' | 'body'>) => Promise<boolean>;
  onClose: () => void;
}

/** What the log records when a draft is opened (no empty fields). */
function openedDraft(
  channel: OpenedDraft['channel'],
  templateId: string,
  language: string,
  ideaId?: string,
  contactId?: string,
): OpenedDraft {
  return { channel, templateId, language, ...(ideaId ? { ideaId } : {}), ...(contactId ? { contactId } : {}) };
}

/** Ready to send, or the placeholders still to fill or remove. */
function draftState(parts: FilledDraft[]): { ready: boolean; pending: string[] } {
  return {
    ready: parts.every(isComplete),
    pending: [...new Set(parts.flatMap((part) => [...part.missing, ...part.unknown]))],
  };
}

export function Composer(props: ComposerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const {
    languages,
    language,
    chooseLanguage,
    inLanguage,
    template,
    setTemplateId,
    subject,
    setSubject,
    body,
    setBody,
  } = useTemplateDraft(props.templates, props.proposedLanguage);
  const [ideaId, setIdeaId] = useState(props.initialIdeaId ?? props.ideas[0]?.id);
  useModal(dialog, heading);

  const values = props.valuesFor(language, ideaId);
  const filledSubject = fillPlaceholders(subject, values);
  const filledBody = fillPlaceholders(body, values);
  const { ready, pending } = draftState([filledSubject, filledBody]);
  const [recipient, setRecipient] = useState(props.recipients[0]?.email ?? '');
  const mailto = buildMailto(recipient, filledSubject.text, filledBody.text);
  const chosen = props.recipients.find((r) => r.email === recipient);
  const opened = (channel: OpenedDraft['channel']) =>
    props.onOpened(openedDraft(channel, template?.id ?? '', language, ideaId, chosen?.contactId));

  return (
    <dialog
      ref={dialog}
      class="bd-dialog or-composer"
      aria-labelledby="or-composer-title"
      onCancel={(event) => (event.preventDefault(), props.onClose())}
    >
      <h2 id="or-composer-title" tabIndex={-1} ref={heading}>
        {i18n.t('outreach.composer.title', [props.partnerName])}
      </h2>
      <p class="bd-hint">{i18n.t('outreach.composer.oneAtATime')}</p>
      <div class="bd-form--grid">
        <ComposerChoices
          ideas={props.ideas}
          ideaId={ideaId}
          onIdea={setIdeaId}
          languages={languages}
          language={language}
          languageName={props.languageName}
          onLanguage={chooseLanguage}
          templates={inLanguage}
          templateId={template?.id ?? ''}
          onTemplate={setTemplateId}
        />
        <ComposerFields subject={subject} body={body} language={language} onSubject={setSubject} onBody={setBody} />
      </div>
      <ComposerPreview language={language} subject={filledSubject} body={filledBody} ready={ready} pending={pending} />
      <ComposerActions
        ready={ready}
        mailto={mailto}
        recipients={props.recipients}
        recipient={recipient}
        onRecipient={setRecipient}
        platformUrl={props.platformUrl}
        text={`${filledSubject.text}\n\n${filledBody.text}`}
        onOpened={opened}
        onSaveTemplate={() =>
          props.onSaveTemplate({
            name: i18n.t('outreach.composer.copyName', [template?.name ?? '']),
            language,
            subject,
            body,
          })
        }
        onClose={props.onClose}
      />
    </dialog>
  );
}
