import { i18n } from '@/lib/i18n';

/** The tab's title and its "New idea" button (disabled while the new idea's form is open). */
export function IdeasHeader({ creating, onNew }: { creating: boolean; onNew: () => void }) {
  return (
    <header class="ii-view__head">
      <h1>{i18n.t('ideas.title')}</h1>
      <button type="button" id="ii-new-idea" class="pp-button bd-primary" onClick={onNew} disabled={creating}>
        {i18n.t('ideas.new')}
      </button>
    </header>
  );
}
