/** The default outreach stages (plain data: content scripts use it without zod). */
import type { Stage } from './model';
import { i18n } from '../i18n';

/** Stored with these English names: the name is data the user may change (see stageName). */
export const DEFAULT_STAGES: Stage[] = [
  { id: 'to-contact', name: 'To contact', archived: false },
  { id: 'contacted', name: 'Contacted', archived: false },
  { id: 'replied', name: 'Replied', archived: false },
  { id: 'in-discussion', name: 'In discussion', archived: false },
  { id: 'confirmed', name: 'Confirmed', archived: false },
  { id: 'not-a-fit', name: 'Not a fit', archived: false },
];

const TRANSLATED: Record<string, () => string> = {
  'to-contact': () => i18n.t('stages.toContact'),
  contacted: () => i18n.t('stages.contacted'),
  replied: () => i18n.t('stages.replied'),
  'in-discussion': () => i18n.t('stages.inDiscussion'),
  confirmed: () => i18n.t('stages.confirmed'),
  'not-a-fit': () => i18n.t('stages.notAFit'),
};

/**
 * A stage's name on screen: a default stage still called as shipped ("To contact") in the user's
 * language; a name the user gave it, as typed.
 */
export function stageName(stage: Pick<Stage, 'id' | 'name'>): string {
  const shipped = DEFAULT_STAGES.find((s) => s.id === stage.id);
  return shipped && shipped.name === stage.name ? TRANSLATED[stage.id]?.() || stage.name : stage.name;
}

/** The on-screen name of the stage with this id among `stages`; the id when there is none. */
export function stageNameById(stages: Pick<Stage, 'id' | 'name'>[], stageId: string): string {
  const stage = stages.find((s) => s.id === stageId);
  return stage ? stageName(stage) : stageId;
}
