import { i18n } from '@/lib/i18n';

/** The tab's title and its "New event" button (disabled while the new event's form is open). */
export function EventsHeader({ creating, onNew }: { creating: boolean; onNew: () => void }) {
  return (
    <header class="ii-view__head">
      <h1>{i18n.t('events.title')}</h1>
      <button type="button" id="ii-new-event" class="pp-button bd-primary" onClick={onNew} disabled={creating}>
        {i18n.t('events.new')}
      </button>
    </header>
  );
}
