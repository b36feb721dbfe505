/**
 * The "Events" tab: contact seminars, training courses and forums, the organisations met at each
 * (picked from the saved partners or added by hand, matched to saved ones first), counted per event.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { UndoToast } from '@/components/BulkBar';
import { EmptyState } from '@/components/EmptyState';
import { EventEditor, type EventDraft } from '@/components/EventEditor';
import { EventList } from '@/components/EventList';
import { EventPartners } from '@/components/EventPartners';
import type { ManualFields, ManualOutcome } from '@/components/ManualPartnerForm';
import type { PartnerEvent } from '@/lib/model';
import { stageColour } from '@/lib/stage-colours';
import { useIdeasData } from './useIdeasData';
import { LoadState, ProblemBanner, useAnnouncer, useFocusUndo } from './view-parts';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/rich-text';

export function EventsView() {
  const { data, error, problem, setProblem, reload, write } = useIdeasData();
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<'new' | string>();
  const [undo, setUndo] = useState<PartnerEvent>();
  const focusAfter = useRef<string>();
  const { announce, region } = useAnnouncer();
  useFocusUndo(undo);
  const events = data?.events ?? [];
  const selected = events.find((e) => e.id === selectedId) ?? events[0];
  const stageIds = useMemo(() => (data?.stages ?? []).map((s) => s.id), [data]);
  const nameOf = (orgId: string) => data?.organisations.get(orgId)?.name ?? i18n.t('ideas.theOrganisation');

  useEffect(() => {
    const target = focusAfter.current && document.getElementById(focusAfter.current);
    if (target) {
      target.focus();
      focusAfter.current = undefined;
    }
  });

  const save = async (draft: EventDraft) => {
    const input = { name: draft.name, date: draft.date, ...(draft.place ? { place: draft.place } : {}) };
    const outcome = await write((w, db) => (editing && editing !== 'new' ? w.editEvent(db, editing, input) : w.createEvent(db, input)));
    if (outcome.ok) {
      setSelectedId(outcome.value.id);
      focusAfter.current = `event-${outcome.value.id}-title`;
      setEditing(undefined);
    }
    return outcome.ok;
  };
  const remove = async (event: PartnerEvent) => {
    const outcome = await write((w, db) => w.deleteEvent(db, event.id));
    if (outcome.ok && outcome.value) {
      setUndo(outcome.value);
      setSelectedId(undefined);
    }
  };
  const restore = async () => {
    if (!undo) return;
    const event = undo;
    setUndo(undefined);
    setSelectedId(event.id);
    focusAfter.current = `event-${event.id}-title`;
    await write((w, db) => w.restoreEvent(db, event));
  };
  const add = async (event: PartnerEvent, orgId: string) => {
    if ((await write((w, db) => w.addEventOrganisation(db, event.id, orgId))).ok) announce(i18n.t('events.added', [nameOf(orgId), event.name]));
  };
  const removeFrom = async (event: PartnerEvent, orgId: string) => {
    const name = nameOf(orgId);
    focusAfter.current = `event-${event.id}-pick-search`;
    if ((await write((w, db) => w.removeEventOrganisation(db, event.id, orgId))).ok) announce(i18n.t('events.removed', [name, event.name]));
  };
  const addByHand = async (event: PartnerEvent, fields: ManualFields, keepSeparate: boolean): Promise<ManualOutcome> => {
    const outcome = await write((w, db) => w.addPartnerByHand(db, fields, { eventId: event.id, keepSeparate }));
    if (!outcome.ok) return 'failed';
    if ('probable' in outcome.value) return { probable: outcome.value.probable };
    announce(i18n.t('events.addedNew', [outcome.value.saved.name, event.name]));
    return { saved: outcome.value.saved.name };
  };

  const editor = (event?: PartnerEvent) => (
    <div class="ii-card ii-card--editor">
      <EventEditor id={event ? `edit-${event.id}` : 'new-event'} event={event} onSave={save} onCancel={() => {
        focusAfter.current = event ? `event-${event.id}-title` : 'ii-new-event';
        setEditing(undefined);
      }} />
    </div>
  );

  return (
    <div class="ii-view">
      <header class="ii-view__head">
        <h1>{i18n.t('events.title')}</h1>
        <button type="button" id="ii-new-event" class="pp-button bd-primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {i18n.t('events.new')}
        </button>
      </header>
      <p class="bd-hint ii-intro">{i18n.t('events.intro')}</p>
      <ProblemBanner problem={problem} onDismiss={() => setProblem(undefined)} />
      {editing === 'new' && editor()}
      <LoadState loaded={!!data} error={error} failed={i18n.t('events.loadFailedTitle')} loading={i18n.t('events.loading')} onRetry={() => void reload()} />
      {data && events.length === 0 && editing !== 'new' && (
        <EmptyState title={i18n.t('events.emptyTitle')}>
          <p>{richText([<strong>{i18n.t('events.new')}</strong>], (button) => i18n.t('events.emptyBody', [button]))}</p>
        </EmptyState>
      )}
      {data && selected && (
        <div class="ii-events-layout">
          <EventList events={events.map((e) => ({ id: e.id, name: e.name, date: e.date, place: e.place, count: e.orgIds.filter((id) => data.organisations.has(id)).length }))} selectedId={selected.id} onSelect={(id) => {
            setSelectedId(id);
            setEditing(undefined);
          }} />
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
      {undo && <UndoToast message={i18n.t('events.deleted', [undo.name])} onUndo={() => void restore()} onClose={() => setUndo(undefined)} />}
    </div>
  );
}
