import type { FilledDraft } from '@/lib/outreach/placeholders';
import { i18n } from '@/lib/i18n';
import { DraftPreview } from './DraftPreview';

interface ComposerPreviewProps {
  language: string;
  subject: FilledDraft;
  body: FilledDraft;
  ready: boolean;
  /** Placeholders still to fill or remove. */
  pending: string[];
}

/** The draft as it will be sent, and which placeholders still need filling. */
export function ComposerPreview({ language, subject, body, ready, pending }: ComposerPreviewProps) {
  return (
    <>
      <h3 class="or-preview__title">{i18n.t('outreach.composer.preview')}</h3>
      <div lang={language}>
        <DraftPreview id="or-preview-subject" parts={subject.parts} />
        <DraftPreview id="or-preview-body" parts={body.parts} />
      </div>
      {!ready && (
        <p class="pp-banner" role="status" data-testid="draft-pending">
          {i18n.t('outreach.composer.fillFirst', [pending.map((name) => `{${name}}`).join(', ')])}
        </p>
      )}
    </>
  );
}
