/**
 * One message to one partner: a template in a language, filled from the idea, the partner and the
 * user's organisation, edited freely, then opened in the mail program, copied, or taken to the
 * platform's contact form. No bulk sending. Plain text throughout; nothing is rendered as HTML.
 */
import './outreach.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildMailto } from '@/lib/outreach/mailto';
import { fillPlaceholders, isComplete, PLACEHOLDERS, type FilledDraft, type PlaceholderValues } from '@/lib/outreach/placeholders';
import type { StarterTemplate } from '@/lib/outreach/starters';
import { i18n } from '@/lib/i18n';
import { DraftPreview } from './DraftPreview';
import { ComposerActions, type Recipient } from './ComposerActions';
import { ComposerChoices } from './ComposerChoices';
import { useModal } from './useModal';

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
function openedDraft(channel: OpenedDraft['channel'], templateId: string, language: string, ideaId?: string, contactId?: string): OpenedDraft {
  return { channel, templateId, language, ...(ideaId ? { ideaId } : {}), ...(contactId ? { contactId } : {}) };
}

/** Ready to send, or the placeholders still to fill or remove. */
function draftState(parts: FilledDraft[]): { ready: boolean; pending: string[] } {
  return { ready: parts.every(isComplete), pending: [...new Set(parts.flatMap((part) => [...part.missing, ...part.unknown]))] };
}

export function Composer(props: ComposerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const languages = useMemo(() => [...new Set(props.templates.map((t) => t.language))], [props.templates]);
  const [language, setLanguage] = useState(props.proposedLanguage);
  const inLanguage = props.templates.filter((t) => t.language === language);
  const [templateId, setTemplateId] = useState(inLanguage[0]?.id ?? '');
  const template = props.templates.find((t) => t.id === templateId) ?? inLanguage[0];
  const [ideaId, setIdeaId] = useState(props.initialIdeaId ?? props.ideas[0]?.id);
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  useEffect(() => {
    setSubject(template?.subject ?? '');
    setBody(template?.body ?? '');
  }, [template?.id]);
  useModal(dialog, heading);

  const values = props.valuesFor(language, ideaId);
  const filledSubject = fillPlaceholders(subject, values);
  const filledBody = fillPlaceholders(body, values);
  const { ready, pending } = draftState([filledSubject, filledBody]);
  const [recipient, setRecipient] = useState(props.recipients[0]?.email ?? '');
  const mailto = buildMailto(recipient, filledSubject.text, filledBody.text);
  const chosen = props.recipients.find((r) => r.email === recipient);
  const opened = (channel: OpenedDraft['channel']) => props.onOpened(openedDraft(channel, template?.id ?? '', language, ideaId, chosen?.contactId));

  return (
    <dialog ref={dialog} class="bd-dialog or-composer" aria-labelledby="or-composer-title" onCancel={(event) => (event.preventDefault(), props.onClose())}>
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
          onLanguage={(next) => (setLanguage(next), setTemplateId(props.templates.find((t) => t.language === next)?.id ?? ''))}
          templates={inLanguage}
          templateId={template?.id ?? ''}
          onTemplate={setTemplateId}
        />
        <div class="bd-field bd-field--wide">
          <label for="or-subject">{i18n.t('outreach.composer.subject')}</label>
          <input id="or-subject" value={subject} lang={language} onInput={(event) => setSubject(event.currentTarget.value)} />
        </div>
        <div class="bd-field bd-field--wide">
          <label for="or-body">{i18n.t('outreach.composer.body')}</label>
          <textarea id="or-body" rows={10} value={body} lang={language} onInput={(event) => setBody(event.currentTarget.value)} />
          <span class="bd-hint">{i18n.t('outreach.composer.placeholdersHint', [PLACEHOLDERS.map((name) => `{${name}}`).join(', ')])}</span>
        </div>
      </div>
      <h3 class="or-preview__title">{i18n.t('outreach.composer.preview')}</h3>
      <div lang={language}>
        <DraftPreview id="or-preview-subject" parts={filledSubject.parts} />
        <DraftPreview id="or-preview-body" parts={filledBody.parts} />
      </div>
      {!ready && (
        <p class="pp-banner" role="status" data-testid="draft-pending">
          {i18n.t('outreach.composer.fillFirst', [pending.map((name) => `{${name}}`).join(', ')])}
        </p>
      )}
      <ComposerActions
        ready={ready}
        mailto={mailto}
        recipients={props.recipients}
        recipient={recipient}
        onRecipient={setRecipient}
        platformUrl={props.platformUrl}
        text={`${filledSubject.text}\n\n${filledBody.text}`}
        onOpened={opened}
        onSaveTemplate={() => props.onSaveTemplate({ name: i18n.t('outreach.composer.copyName', [template?.name ?? '']), language, subject, body })}
        onClose={props.onClose}
      />
    </dialog>
  );
}
