import { i18n } from '@/lib/i18n';
import type { Write } from '@/views/live/useWriteQueue';
import type { PartnerSummary, Stage } from '@/lib/domain/model';
import { columnStageId } from './board-model';

interface MoveContext {
  partners: PartnerSummary[];
  stages: Stage[];
  /** Shows the move at once, ahead of the store. */
  patch: (change: (partners: PartnerSummary[]) => PartnerSummary[]) => void;
  write: Write;
  announce: (text: string) => void;
  focusLater: (id: string) => void;
  stageName: (id: string) => string;
}

/** Moving cards between stages: by drag and drop, or one column left or right with the arrow keys. */
export function cardMoves({ partners, stages, patch, write, announce, focusLater, stageName }: MoveContext) {
  const moveTo = (id: string, stageId: string, keepFocus: boolean) => {
    const partner = partners.find((p) => p.id === id);
    if (!partner || partner.stageId === stageId) return;
    const moved = { ...partner, stageId, updatedAt: new Date().toISOString() };
    patch((current) => [moved, ...current.filter((p) => p.id !== id)]);
    if (keepFocus) focusLater(id);
    announce(i18n.t('board.announce.moved', [partner.name, stageName(stageId)]));
    void write((run) => run('partners.setStage', { orgId: id, stageId }));
  };
  const moveBy = (id: string, step: -1 | 1) => {
    const partner = partners.find((p) => p.id === id);
    if (!partner) return;
    const visible = stages.filter((s) => !s.archived);
    const target = visible[visible.findIndex((s) => s.id === columnStageId(partner, stages)) + step];
    if (target) moveTo(id, target.id, true);
    else if (step < 0) announce(i18n.t('board.announce.alreadyFirst', [partner.name]));
    else announce(i18n.t('board.announce.alreadyLast', [partner.name]));
  };
  return { moveTo, moveBy };
}
