/** Loads one partner for the side panel (again whenever the board reloads) and wires its events to writes. */
import { PartnerDetail } from '@/components/detail/PartnerDetail';
import type { Stage } from '@/lib/domain/model';
import { worked, type Write } from '@/views/live/useWriteQueue';
import { DetailPanelNotice } from './DetailPanelNotice';
import { membershipProps } from './ideas/membership';
import { i18n } from '@/lib/i18n';
import { OutreachSection } from './outreach/OutreachSection';
import { useDetailPartner } from './useDetailPartner';

interface DetailPanelProps {
  orgId: string;
  /** The board's data version: a change reloads the panel too. */
  version: number;
  stages: Stage[];
  colourOf: (stageId: string) => string;
  tags: string[];
  today: string;
  write: Write;
  onClose: () => void;
  onDelete: () => void;
}

export function DetailPanel({
  orgId,
  version,
  stages,
  colourOf,
  tags,
  today,
  write,
  onClose,
  onDelete,
}: DetailPanelProps) {
  const loaded = useDetailPartner(orgId, version);

  if (!loaded || loaded === 'missing' || 'error' in loaded) {
    const text = !loaded ? i18n.t('common.loading') : loaded === 'missing' ? i18n.t('detail.gone') : loaded.error;
    return <DetailPanelNotice text={text} alert={!!loaded} onClose={onClose} />;
  }
  const { organisation, entry } = loaded;
  return (
    <PartnerDetail
      organisation={organisation}
      entry={entry}
      stages={stages}
      stageColour={colourOf}
      tagSuggestions={tags}
      today={today}
      // Without the stages, the per-idea stage selects would paint empty for a moment.
      ideas={stages.length > 0 ? membershipProps(loaded.ideas, orgId, stages, write) : undefined}
      outreach={
        <OutreachSection
          organisation={organisation}
          ideas={loaded.ideas}
          version={version}
          today={today}
          write={write}
        />
      }
      onClose={onClose}
      onDelete={onDelete}
      onStage={(stageId) => void write((run) => run('partners.setStage', { orgId, stageId }))}
      onFollowUp={(date) => void write((run) => run('partners.setFollowUp', { orgId, date }))}
      // Done: the next step of the outreach cadence follows, unless they replied.
      onFollowUpDone={() => void write((run) => run('partners.completeFollowUp', { orgId, cadenceFrom: today }))}
      onSnooze={() => void write((run) => run('partners.completeFollowUp', { orgId, snoozeDays: 7 }))}
      onTags={(tags) => void write((run) => run('partners.setTags', { orgId, tags }))}
      onSaveFields={(fields) => worked(write((run) => run('partners.editDetails', { orgId, fields })))}
      onAddNote={(text) => worked(write((run) => run('partners.addNote', { orgId, text })))}
      onDeleteNote={(noteId) => void write((run) => run('partners.deleteNote', { orgId, noteId }))}
      onAddContact={(contact) => worked(write((run) => run('partners.addContact', { orgId, contact })))}
      // A contact person deleted here leaves every contact log entry too.
      onRemoveContact={(contactId) => void write((run) => run('partners.removeContact', { orgId, contactId }))}
    />
  );
}
