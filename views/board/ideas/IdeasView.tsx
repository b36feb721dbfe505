/**
 * The "Project ideas" tab: ideas with their call round and countdown, their organisations (each
 * with its own stage) and the consortium check. Reads through useIdeasData, writes as
 * commands through the one write queue (views/live/useWriteQueue.ts); components get plain data.
 */
import { useMemo } from 'preact/hooks';
import { UndoToast } from '@/components/board/BulkBar';
import { EmptyState } from '@/components/shared/EmptyState';
import { IdeaEditor } from '@/components/ideas/IdeaEditor';
import { CALENDAR, roundsForAction } from '@/lib/domain/calls';
import { FirstRunPrompt } from '@/components/outreach/FirstRunPrompt';
import { localIsoDate } from '@/lib/domain/dates-local';
import type { ProjectIdea } from '@/lib/domain/model';
import { OPTIONS_URL, skipMe } from './idea-input';
import { IdeaListItem, roundOf } from './IdeaListItem';
import { IdeasHeader } from './IdeasHeader';
import { CalendarSource, LoadState, ProblemBanner, useAnnouncer } from './view-parts';
import { useIdeaEdits } from './useIdeaEdits';
import { useIdeasData } from './useIdeasData';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

/** Upcoming deadlines first (soonest on top), then ideas without one, then passed ones (most recent first). */
export function sortIdeas(
  ideas: ProjectIdea[],
  deadlineOf: (idea: ProjectIdea) => string | undefined,
  today: string,
): ProjectIdea[] {
  const rank = (idea: ProjectIdea) => {
    const deadline = deadlineOf(idea);
    return !deadline ? 1 : deadline >= today ? 0 : 2;
  };
  return [...ideas].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    const da = deadlineOf(a) ?? '';
    const db = deadlineOf(b) ?? '';
    return ra === 2 ? db.localeCompare(da) : da.localeCompare(db) || a.createdAt.localeCompare(b.createdAt);
  });
}

export function IdeasView() {
  const { data, error, problem, setProblem, reload, write } = useIdeasData();
  const { editing, setEditing, undo, setUndo, focusAfter, save, remove, restore, cancel } = useIdeaEdits(write);
  const { announce, region } = useAnnouncer();
  const today = localIsoDate(new Date());
  const stages = data?.stages ?? [];
  const stageIds = useMemo(() => stages.map((s) => s.id), [stages]);
  const ideas = useMemo(
    () => sortIdeas(data?.ideas ?? [], (idea) => idea.deadline ?? roundOf(idea)?.deadline, today),
    [data, today],
  );

  const editor = (idea?: ProjectIdea) => (
    <IdeaEditor
      id={idea ? `edit-${idea.id}` : 'new-idea'}
      idea={idea}
      actions={CALENDAR.actions}
      roundsFor={roundsForAction}
      today={today}
      onSave={save}
      onCancel={() => cancel(idea)}
    />
  );

  return (
    <div class="ii-view">
      <IdeasHeader creating={editing === 'new'} onNew={() => setEditing('new')} />
      <CalendarSource />
      {data && !data.settings.me && !data.settings.meSkipped && (
        <FirstRunPrompt optionsUrl={OPTIONS_URL()} onSkip={() => void write(skipMe)} />
      )}
      <ProblemBanner problem={problem} onDismiss={() => setProblem(undefined)} />
      {editing === 'new' && <div class="ii-card ii-card--editor">{editor()}</div>}
      <LoadState
        loaded={!!data}
        error={error}
        failed={i18n.t('ideas.loadFailedTitle')}
        loading={i18n.t('ideas.loading')}
        onRetry={() => void reload()}
      />
      {data && ideas.length === 0 && editing !== 'new' && (
        <EmptyState title={i18n.t('ideas.emptyTitle')}>
          <p>{richText([<strong>{i18n.t('ideas.new')}</strong>], (button) => i18n.t('ideas.emptyBody', [button]))}</p>
        </EmptyState>
      )}
      <div class="ii-list">
        {data &&
          ideas.map((idea) =>
            editing === idea.id ? (
              <div key={idea.id} class="ii-card ii-card--editor">
                {editor(idea)}
              </div>
            ) : (
              <IdeaListItem
                key={idea.id}
                idea={idea}
                data={data}
                stageIds={stageIds}
                today={today}
                write={write}
                announce={announce}
                focusAfter={focusAfter}
                onEdit={() => setEditing(idea.id)}
                onDelete={() => void remove(idea)}
              />
            ),
          )}
      </div>
      {region}
      {undo && (
        <UndoToast
          message={i18n.t('ideas.deleted', [undo.title])}
          onUndo={() => void restore()}
          onClose={() => setUndo(undefined)}
        />
      )}
    </div>
  );
}
