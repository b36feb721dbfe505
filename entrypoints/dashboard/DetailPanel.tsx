/** Loads one partner for the side panel (again whenever the board reloads) and wires its events to writes. */
import { PartnerDetail } from '@/components/PartnerDetail';
import type { Stage } from '@/lib/model';
import type { Write } from './useWriteQueue';
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
      onStage={(stageId) => void write((w, db) => w.setStage(db, orgId, stageId))}
      onFollowUp={(date) => void write((w, db) => w.setFollowUp(db, orgId, date))}
      // Done: the next step of the outreach cadence follows, unless they replied.
      onFollowUpDone={() =>
        void write(async (w, db) => {
          await w.completeFollowUp(db, orgId);
          await (await import('./outreach/outreach-writes')).continueCadence(db, orgId, today);
        })
      }
      onSnooze={() => void write((w, db) => w.completeFollowUp(db, orgId, 7))}
      onTags={(next) => void write((w, db) => w.setTags(db, orgId, next))}
      onSaveFields={(fields) => write((w, db) => w.editDetails(db, orgId, fields))}
      onAddNote={(text) => write((w, db) => w.addNote(db, orgId, text))}
      onDeleteNote={(noteId) => void write((w, db) => w.deleteNote(db, orgId, noteId))}
      onAddContact={(contact) => write((w, db) => w.addContact(db, orgId, contact))}
      // A contact person deleted here leaves every contact log entry too.
      onRemoveContact={(contactId) =>
        void write(async (w, db) => {
          await w.removeContact(db, orgId, contactId);
          await (await import('./outreach/outreach-writes')).forgetContactInLog(db, orgId, contactId);
        })
      }
    />
  );
}
