/**
 * The full-page view: a tab per area — the board, project ideas, events, statistics — with the
 * tab in the address (#ideas, #events, #stats, #discover; anything else, e.g. the board's own #org=<id>, is
 * the board). The board loads with the page; the other tabs load on first use.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Board } from './Board';
import { i18n } from '@/lib/i18n';

export const TABS = [
  { id: 'board', label: () => i18n.t('tabs.board'), hash: '' },
  { id: 'ideas', label: () => i18n.t('tabs.ideas'), hash: '#ideas' },
  { id: 'events', label: () => i18n.t('tabs.events'), hash: '#events' },
  { id: 'stats', label: () => i18n.t('tabs.stats'), hash: '#stats' },
  { id: 'discover', label: () => i18n.t('discover.tab'), hash: '#discover' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

export function tabFromHash(hash: string): TabId {
  return TABS.find((tab) => tab.hash && tab.hash === hash)?.id ?? 'board';
}

const LOADERS: Record<Exclude<TabId, 'board'>, () => Promise<ComponentType>> = {
  ideas: () => import('./ideas/IdeasView').then((m) => m.IdeasView),
  events: () => import('./ideas/EventsView').then((m) => m.EventsView),
  stats: () => import('./ideas/StatsView').then((m) => m.StatsView),
  discover: () => import('./discover/DiscoverView').then((m) => m.DiscoverView),
};

/** A tab's view, loaded on first use. */
function Lazy({ tab }: { tab: Exclude<TabId, 'board'> }) {
  const [view, setView] = useState<{ tab: string; Component: ComponentType } | { tab: string; failed: true }>();
  useEffect(() => {
    let current = true;
    LOADERS[tab]().then(
      (Component) => current && setView({ tab, Component }),
      () => current && setView({ tab, failed: true }),
    );
    return () => void (current = false);
  }, [tab]);
  if (!view || view.tab !== tab)
    return (
      <p class="bd-state" role="status">
        {i18n.t('common.loading')}
      </p>
    );
  if ('failed' in view)
    return (
      <p class="bd-state" role="alert">
        {i18n.t('tabs.loadFailed')}
      </p>
    );
  return <view.Component />;
}

export function App() {
  const [tab, setTab] = useState<TabId>(() => tabFromHash(location.hash));
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    const follow = () => setTab(tabFromHash(location.hash));
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
  useEffect(() => {
    document.title = i18n.t('tabs.pageTitle', [TABS.find((t) => t.id === tab)!.label()]);
  }, [tab]);

  const select = (next: TabId, focus = false) => {
    if (focus) tabs.current[TABS.findIndex((t) => t.id === next)]?.focus();
    if (next === tab) return;
    history.pushState(null, '', TABS.find((t) => t.id === next)!.hash || location.pathname + location.search);
    setTab(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(TABS[(target + TABS.length) % TABS.length]!.id, true);
  };

  return (
    <div class={`ii-shell${tab === 'board' ? ' ii-shell--board' : ''}`}>
      <div class="ii-tabs" role="tablist" aria-label={i18n.t('tabs.label')} onKeyDown={onKeyDown}>
        {TABS.map((t, index) => (
          <button
            key={t.id}
            ref={(element) => void (tabs.current[index] = element)}
            type="button"
            role="tab"
            id={`ii-tab-${t.id}`}
            class="ii-tab"
            aria-selected={t.id === tab}
            aria-controls={`ii-panel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => select(t.id)}
          >
            {t.label()}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`ii-panel-${t.id}`}
          class="ii-panel"
          aria-labelledby={`ii-tab-${t.id}`}
          hidden={t.id !== tab}
        >
          {t.id === tab && (t.id === 'board' ? <Board /> : <Lazy tab={t.id} />)}
        </div>
      ))}
    </div>
  );
}
