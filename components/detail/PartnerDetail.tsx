import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Contact, Organisation, PipelineEntry, Stage } from '@/lib/domain/model';
import type { EditableField } from '@/lib/store/organisations';
import { countryLabel } from '@/lib/i18n/format';
import { DetailContacts } from './DetailContacts';
import { DetailStageSection } from './DetailStageSection';
import { DetailFields } from './DetailFields';
import { DetailHistory } from './DetailHistory';
import { DetailNotes } from './DetailNotes';
import { DetailSources, PastProjects } from './DetailSources';
import { IdeaMembership, type IdeaMembershipProps } from '../ideas/IdeaMembership';
import { StagePill } from '../board/StagePill';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';

/** What the panel asks the container to do; the `Promise<boolean>` ones say whether it worked. */
export interface DetailActions {
  onClose: () => void;
  onStage: (stageId: string) => void;
  onFollowUp: (date: string | null) => void;
  onFollowUpDone: () => void;
  onSnooze: () => void;
  onTags: (tags: string[]) => void;
  onSaveFields: (fields: Partial<Record<EditableField, string>>) => Promise<boolean>;
  onAddNote: (text: string) => Promise<boolean>;
  onDeleteNote: (noteId: string) => void;
  onAddContact: (contact: Omit<Contact, 'id'>) => Promise<boolean>;
  onRemoveContact: (contactId: string) => void;
  onDelete: () => void;
}

interface PartnerDetailProps extends DetailActions {
  organisation: Organisation;
  entry: PipelineEntry;
  stages: Stage[];
  stageColour: (stageId: string) => string;
  tagSuggestions: string[];
  today: string;
  /** The project ideas section (left out when not given). */
  ideas?: IdeaMembershipProps;
  /** The outreach section (contact log and composer), placed after the stage. */
  outreach?: ComponentChildren;
}

/** The side panel: everything about one partner, all of it editable. Esc closes it. */
export function PartnerDetail(props: PartnerDetailProps) {
  const { organisation, entry, stages, stageColour, tagSuggestions, today } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [organisation.id]);
  const stage = stages.find((s) => s.id === entry.stageId);
  const place = [countryLabel(organisation.country), organisation.city].filter(Boolean).join(' · ');

  return (
    <aside
      class="bd-detail"
      aria-labelledby="bd-detail-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !(event.target as HTMLElement).closest?.('dialog')) props.onClose();
      }}
    >
      <header class="bd-detail__head">
        <div>
          <h2 id="bd-detail-title" tabIndex={-1} ref={heading}>
            {organisation.name}
          </h2>
          {place && <p class="bd-muted">{place}</p>}
          <StagePill name={stage ? stageName(stage) : entry.stageId} colour={stageColour(entry.stageId)} />
        </div>
        <button type="button" class="pp-button bd-close" onClick={props.onClose} aria-label={i18n.t('detail.close')}>
          ✕ <span aria-hidden="true">{i18n.t('common.close')}</span>
        </button>
      </header>

      <DetailStageSection
        entry={entry}
        stages={stages}
        tagSuggestions={tagSuggestions}
        today={today}
        onStage={props.onStage}
        onFollowUp={props.onFollowUp}
        onFollowUpDone={props.onFollowUpDone}
        onSnooze={props.onSnooze}
        onTags={props.onTags}
      />

      {props.outreach}
      <DetailNotes notes={entry.notes} onAdd={props.onAddNote} onDelete={props.onDeleteNote} />
      <DetailContacts contacts={organisation.contacts} onAdd={props.onAddContact} onRemove={props.onRemoveContact} />
      {props.ideas && <IdeaMembership {...props.ideas} />}
      <DetailFields key={organisation.id} organisation={organisation} onSave={props.onSaveFields} />
      <PastProjects sources={organisation.sources} projects={organisation.pastProjects} />
      <DetailSources sources={organisation.sources} />
      <DetailHistory history={entry.history} />

      <section class="bd-section" aria-label={i18n.t('detail.deleteSection')}>
        <button type="button" class="pp-button bd-danger" onClick={props.onDelete}>
          {i18n.t('detail.deletePartner')}
        </button>
        <p class="bd-hint">{i18n.t('detail.deleteHint')}</p>
      </section>
    </aside>
  );
}
