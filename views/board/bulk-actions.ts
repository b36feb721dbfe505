/** The board's bulk bar: move or tag every selected partner, one queued write, one announcement. */
import { i18n } from '@/lib/i18n';
import type { PartnerSummary } from '@/lib/domain/model';
import { partnersWord } from './board-model';
import type { Write } from '@/views/live/useWriteQueue';

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
    void write((run) => run('partners.setStageMany', { orgIds: ids, stageId })).then(
      (o) => o.ok && announce(i18n.t('board.announce.movedMany', [partnersWord(ids.length), stageName(stageId)])),
    );
  };
  const addTag = (tag: string) => {
    const targets = partners.filter((p) => selected.has(p.id) && !p.tags.includes(tag));
    const tagged = targets.map((partner) => ({ orgId: partner.id, tags: partner.tags }));
    void write((run) => run('partners.addTagMany', { partners: tagged, tag })).then(
      (o) => o.ok && announce(i18n.t('board.announce.tagAdded', [tag, partnersWord(selected.size)])),
    );
  };
  return { move, addTag };
}
