import type { MutableRef } from 'preact/hooks';
import type { ManualOutcome } from '@/components/shared/ManualPartnerForm';
import type { ManualFields } from '@/components/shared/manual-draft';
import type { PartnerEvent } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';
import type { IdeasData, IdeaWrite } from './useIdeasData';

/** Adding organisations met at an event (saved ones or by hand) and removing them, each announced. */
export function useEventPartnerEdits(
  data: IdeasData | undefined,
  write: IdeaWrite,
  announce: (text: string) => void,
  focusAfter: MutableRef<string | undefined>,
) {
  const nameOf = (orgId: string) => data?.organisations.get(orgId)?.name ?? i18n.t('ideas.theOrganisation');
  const add = async (event: PartnerEvent, orgId: string) => {
    if ((await write((run) => run('events.addOrganisation', { eventId: event.id, orgId }))).ok)
      announce(i18n.t('events.added', [nameOf(orgId), event.name]));
  };
  const removeFrom = async (event: PartnerEvent, orgId: string) => {
    const name = nameOf(orgId);
    focusAfter.current = `event-${event.id}-pick-search`;
    if ((await write((run) => run('events.removeOrganisation', { eventId: event.id, orgId }))).ok)
      announce(i18n.t('events.removed', [name, event.name]));
  };
  const addByHand = async (
    event: PartnerEvent,
    fields: ManualFields,
    keepSeparate: boolean,
  ): Promise<ManualOutcome> => {
    const outcome = await write((run) => run('partners.addByHand', { fields, eventId: event.id, keepSeparate }));
    if (!outcome.ok) return 'failed';
    if ('probable' in outcome.value) return { probable: outcome.value.probable };
    announce(i18n.t('events.addedNew', [outcome.value.saved.name, event.name]));
    return { saved: outcome.value.saved.name };
  };
  return { add, removeFrom, addByHand };
}
