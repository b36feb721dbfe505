import type { DraftPart } from '@/lib/outreach/placeholders';
import { i18n } from '@/lib/i18n';

/** The draft as it will be sent, with every placeholder that still needs a value marked. Text only. */
export function DraftPreview({ id, parts }: { id: string; parts: DraftPart[] }) {
  return (
    <div id={id} class="or-preview" data-testid="draft-preview">
      {parts.map((part, index) =>
        part.kind === 'text' ? (
          <span key={index}>{part.text}</span>
        ) : (
          <mark
            key={index}
            class={`or-mark or-mark--${part.kind}`}
            title={
              part.kind === 'unknown'
                ? i18n.t('outreach.composer.unknownMark')
                : i18n.t('outreach.composer.missingMark')
            }
          >
            {`{${part.name}}`}
          </mark>
        ),
      )}
    </div>
  );
}
