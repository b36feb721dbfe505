/** Loads one partner for the side panel (again whenever the board reloads) and wires its events to writes. */
import { useEffect, useState } from 'preact/hooks';
import { PartnerDetail } from '@/components/PartnerDetail';
import { openPipelineDb } from '@/lib/db';
import type { Organisation, PipelineEntry, ProjectIdea, Stage } from '@/lib/model';
import { getPartner } from '@/lib/queries';
import type { Write } from './useWriteQueue';
import { describeLoadError } from './useBoardData';
import { membershipProps } from './ideas/membership';
import { i18n } from '@/lib/i18n';

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

type Loaded = { organisation: Organisation; entry: PipelineEntry; ideas: ProjectIdea[] } | 'missing' | { error: string };

export function DetailPanel({ orgId, version, stages, colourOf, tags, today, write, onClose, onDelete }: DetailPanelProps) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const db = await openPipelineDb();
        try {
          const [found, ideas] = await Promise.all([getPartner(db, orgId), db.getAll('ideas')]);
          if (current) setLoaded(found ? { ...found, ideas } : 'missing');
        } finally {
          db.close();
        }
      } catch (failure) {
        if (current) setLoaded({ error: describeLoadError(failure) });
      }
    })();
    return () => void (current = false);
  }, [orgId, version]);

  if (!loaded || loaded === 'missing' || 'error' in loaded) {
    const text = !loaded ? i18n.t('common.loading') : loaded === 'missing' ? i18n.t('detail.gone') : loaded.error;
    return (
      <aside class="bd-detail" aria-label={i18n.t('detail.label')} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
        <p role={loaded ? 'alert' : 'status'}>{text}</p>
        <button type="button" class="pp-button" onClick={onClose}>
          {i18n.t('detail.close')}
        </button>
      </aside>
    );
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
      onClose={onClose}
      onDelete={onDelete}
      onStage={(stageId) => void write((w, db) => w.setStage(db, orgId, stageId))}
      onFollowUp={(date) => void write((w, db) => w.setFollowUp(db, orgId, date))}
      onFollowUpDone={() => void write((w, db) => w.completeFollowUp(db, orgId))}
      onSnooze={() => void write((w, db) => w.completeFollowUp(db, orgId, 7))}
      onTags={(next) => void write((w, db) => w.setTags(db, orgId, next))}
      onSaveFields={(fields) => write((w, db) => w.editDetails(db, orgId, fields))}
      onAddNote={(text) => write((w, db) => w.addNote(db, orgId, text))}
      onDeleteNote={(noteId) => void write((w, db) => w.deleteNote(db, orgId, noteId))}
      onAddContact={(contact) => write((w, db) => w.addContact(db, orgId, contact))}
      onRemoveContact={(contactId) => void write((w, db) => w.removeContact(db, orgId, contactId))}
    />
  );
}
