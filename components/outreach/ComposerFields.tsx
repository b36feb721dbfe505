import { PLACEHOLDERS } from '@/lib/outreach/placeholders';
import { i18n } from '@/lib/i18n';

interface ComposerFieldsProps {
  subject: string;
  body: string;
  /** The template's language, so spell checking and screen readers use it. */
  language: string;
  onSubject: (subject: string) => void;
  onBody: (body: string) => void;
}

/** The draft's subject and body, edited freely; the hint lists the placeholders. */
export function ComposerFields({ subject, body, language, onSubject, onBody }: ComposerFieldsProps) {
  return (
    <>
      <div class="bd-field bd-field--wide">
        <label for="or-subject">{i18n.t('outreach.composer.subject')}</label>
        <input
          id="or-subject"
          value={subject}
          lang={language}
          onInput={(event) => onSubject(event.currentTarget.value)}
        />
      </div>
      <div class="bd-field bd-field--wide">
        <label for="or-body">{i18n.t('outreach.composer.body')}</label>
        <textarea
          id="or-body"
          rows={10}
          value={body}
          lang={language}
          onInput={(event) => onBody(event.currentTarget.value)}
        />
        <span class="bd-hint">
          {i18n.t('outreach.composer.placeholdersHint', [PLACEHOLDERS.map((name) => `{${name}}`).join(', ')])}
        </span>
      </div>
    </>
  );
}
