/** The board's bulk bar: move or tag every selected partner, one queued write, one announcement. */
import { i18n } from '@/lib/i18n';
import type { PartnerSummary } from '@/lib/model';
import { partnersWord } from './board-model';
import type { Write } from './useWriteQueue';

interface BulkContext {
  selected: ReadonlySet<string>;
  partners: PartnerSummary[];
  write: Write;
  announce: (text: string) => void;
  stageName: (id: string) => string;
}

export function bulkActions({ selected, partners, write, announce, stageName }: BulkContext) {
  const move = (stageId: string) => {
    const ids = [...selected];
    void write(async (w, db) => {
      for (const id of ids) await w.setStage(db, id, stageId);
    }).then((ok) => ok && announce(i18n.t('board.announce.movedMany', [partnersWord(ids.length), stageName(stageId)])));
  };
  const addTag = (tag: string) => {
    const targets = partners.filter((p) => selected.has(p.id) && !p.tags.includes(tag));
    void write(async (w, db) => {
      for (const partner of targets) await w.setTags(db, partner.id, [...partner.tags, tag]);
    }).then((ok) => ok && announce(i18n.t('board.announce.tagAdded', [tag, partnersWord(selected.size)])));
  };
  return { move, addTag };
}
