/**
 * The "Events" tab: contact seminars, training courses and forums, the organisations met at each
 * (picked from the saved partners or added by hand, matched to saved ones first), counted per event.
 */
import { useMemo } from 'preact/hooks';
import { UndoToast } from '@/components/board/BulkBar';
import { EmptyState } from '@/components/shared/EmptyState';
import { EventEditor } from '@/components/ideas/EventEditor';
import { EventList } from '@/components/ideas/EventList';
import { EventPartners } from '@/components/ideas/EventPartners';
import type { Organisation, PartnerEvent } from '@/lib/domain/model';
import { stageColour } from '@/lib/domain/stage-colours';
import { EventsHeader } from './EventsHeader';
import { useEventEdits } from './useEventEdits';
import { useEventPartnerEdits } from './useEventPartnerEdits';
import { useIdeasData } from './useIdeasData';
import { LoadState, ProblemBanner, useAnnouncer } from './view-parts';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

/** The event list's rows: each event with how many of its organisations are still saved. */
const eventRows = (events: PartnerEvent[], organisations: Map<string, Organisation>) =>
  events.map((e) => ({
    id: e.id,
    name: e.name,
    date: e.date,
    place: e.place,
    count: e.orgIds.filter((id) => organisations.has(id)).length,
  }));

export function EventsView() {
  const { data, error, problem, setProblem, reload, write } = useIdeasData();
  const { selectedId, setSelectedId, editing, setEditing, undo, setUndo, focusAfter, save, remove, restore, cancel } =
    useEventEdits(write);
  const { announce, region } = useAnnouncer();
  const { add, removeFrom, addByHand } = useEventPartnerEdits(data, write, announce, focusAfter);
  const events = data?.events ?? [];
  const selected = events.find((e) => e.id === selectedId) ?? events[0];
  const stageIds = useMemo(() => (data?.stages ?? []).map((s) => s.id), [data]);

  const editor = (event?: PartnerEvent) => (
    <div class="ii-card ii-card--editor">
      <EventEditor
        id={event ? `edit-${event.id}` : 'new-event'}
        event={event}
        onSave={save}
        onCancel={() => cancel(event)}
      />
    </div>
  );

  return (
    <div class="ii-view">
      <EventsHeader creating={editing === 'new'} onNew={() => setEditing('new')} />
      <p class="bd-hint ii-intro">{i18n.t('events.intro')}</p>
      <ProblemBanner problem={problem} onDismiss={() => setProblem(undefined)} />
      {editing === 'new' && editor()}
      <LoadState
        loaded={!!data}
        error={error}
        failed={i18n.t('events.loadFailedTitle')}
        loading={i18n.t('events.loading')}
        onRetry={() => void reload()}
      />
      {data && events.length === 0 && editing !== 'new' && (
        <EmptyState title={i18n.t('events.emptyTitle')}>
          <p>{richText([<strong>{i18n.t('events.new')}</strong>], (button) => i18n.t('events.emptyBody', [button]))}</p>
        </EmptyState>
      )}
      {data && selected && (
        <div class="ii-events-layout">
          <EventList
            events={eventRows(events, data.organisations)}
            selectedId={selected.id}
            onSelect={(id) => {
              setSelectedId(id);
              setEditing(undefined);
            }}
          />
          {editing === selected.id ? (
            editor(selected)
          ) : (
            <EventPartners
              event={selected}
              partners={data.partners.filter((p) => selected.orgIds.includes(p.id))}
              candidates={data.partners.filter((p) => !selected.orgIds.includes(p.id))}
              stages={data.stages}
              colourOf={(stageId) => stageColour(stageIds, stageId)}
              onAdd={(orgId) => void add(selected, orgId)}
              onRemove={(orgId) => void removeFrom(selected, orgId)}
              onAddByHand={(fields, keepSeparate) => addByHand(selected, fields, keepSeparate)}
              onEdit={() => setEditing(selected.id)}
              onDelete={() => void remove(selected)}
            />
          )}
        </div>
      )}
      {region}
      {undo && (
        <UndoToast
          message={i18n.t('events.deleted', [undo.name])}
          onUndo={() => void restore()}
          onClose={() => setUndo(undefined)}
        />
      )}
    </div>
  );
}
