/**
 * The "Project ideas" tab: ideas with their call round and countdown, their organisations (each
 * with its own stage) and the consortium check. Reads through useIdeasData, writes through
 * `./idea-writes` (loaded on first use); components get plain data.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { UndoToast } from '@/components/BulkBar';
import { EmptyState } from '@/components/EmptyState';
import { IdeaCard, type IdeaMemberView } from '@/components/IdeaCard';
import { IdeaEditor, type IdeaDraft } from '@/components/IdeaEditor';
import { actionRule, CALENDAR, roundsForAction } from '@/lib/calls';
import { checkConsortium } from '@/lib/consortium';
import { FirstRunPrompt } from '@/components/outreach/FirstRunPrompt';
import { localIsoDate } from '@/lib/dates-local';
import type { ProjectIdea } from '@/lib/model';
import { applicantOf, ideaInput, OPTIONS_URL, skipMe, withoutEmpty } from './idea-input';
import { stageColour } from '@/lib/stage-colours';
import { CalendarSource, LoadState, ProblemBanner, useAnnouncer, useFocusUndo } from './view-parts';
import { useIdeasData } from './useIdeasData';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/rich-text';
import { stageNameById } from '@/lib/stages';

/** Upcoming deadlines first (soonest on top), then ideas without one, then passed ones (most recent first). */
export function sortIdeas(ideas: ProjectIdea[], deadlineOf: (idea: ProjectIdea) => string | undefined, today: string): ProjectIdea[] {
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
  const [editing, setEditing] = useState<'new' | string>();
  const [undo, setUndo] = useState<ProjectIdea>();
  const focusAfter = useRef<string>();
  const { announce, region } = useAnnouncer();
  useFocusUndo(undo);
  const nameOf = (orgId: string) => data?.organisations.get(orgId)?.name ?? i18n.t('ideas.theOrganisation');
  const stageName = (stageId: string) => stageNameById(stages, stageId);
  const today = localIsoDate(new Date());
  const stages = data?.stages ?? [];
  const stageIds = useMemo(() => stages.map((s) => s.id), [stages]);
  const firstStage = stages.find((s) => !s.archived)?.id ?? 'to-contact';
  const roundOf = (idea: ProjectIdea) => CALENDAR.rounds.find((r) => r.id === idea.roundId);
  const ideas = useMemo(() => sortIdeas(data?.ideas ?? [], (idea) => idea.deadline ?? roundOf(idea)?.deadline, today), [data, today]);

  useLayoutEffect(() => {
    const target = focusAfter.current && document.getElementById(focusAfter.current);
    if (target) {
      target.focus();
      focusAfter.current = undefined;
    }
  });

  const save = async (draft: IdeaDraft) => {
    const outcome = await write((w, db) => (editing && editing !== 'new' ? w.editIdea(db, editing, ideaInput(draft)) : w.createIdea(db, withoutEmpty(ideaInput(draft)))));
    if (outcome.ok) {
      focusAfter.current = `idea-${outcome.value.id}-title`;
      setEditing(undefined);
    }
    return outcome.ok;
  };
  const remove = async (idea: ProjectIdea) => {
    const outcome = await write((w, db) => w.deleteIdea(db, idea.id));
    if (outcome.ok && outcome.value) setUndo(outcome.value);
  };
  const restore = async () => {
    if (!undo) return;
    const idea = undo;
    setUndo(undefined);
    focusAfter.current = `idea-${idea.id}-title`;
    await write((w, db) => w.restoreIdea(db, idea));
  };
  const membersOf = (idea: ProjectIdea): IdeaMemberView[] =>
    idea.members.flatMap((member) => {
      const org = data?.organisations.get(member.orgId);
      return org ? [{ orgId: org.id, name: org.name, country: org.country, city: org.city, stageId: member.stageId }] : [];
    });

  const editor = (idea?: ProjectIdea) => (
    <IdeaEditor id={idea ? `edit-${idea.id}` : 'new-idea'} idea={idea} actions={CALENDAR.actions} roundsFor={roundsForAction} today={today} onSave={save} onCancel={() => {
      focusAfter.current = idea ? `idea-${idea.id}-title` : 'ii-new-idea';
      setEditing(undefined);
    }} />
  );

  return (
    <div class="ii-view">
      <header class="ii-view__head">
        <h1>{i18n.t('ideas.title')}</h1>
        <button type="button" id="ii-new-idea" class="pp-button bd-primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {i18n.t('ideas.new')}
        </button>
      </header>
      <CalendarSource />
      {data && !data.settings.me && !data.settings.meSkipped && <FirstRunPrompt optionsUrl={OPTIONS_URL()} onSkip={() => void write(skipMe)} />}
      <ProblemBanner problem={problem} onDismiss={() => setProblem(undefined)} />
      {editing === 'new' && <div class="ii-card ii-card--editor">{editor()}</div>}
      <LoadState loaded={!!data} error={error} failed={i18n.t('ideas.loadFailedTitle')} loading={i18n.t('ideas.loading')} onRetry={() => void reload()} />
      {data && ideas.length === 0 && editing !== 'new' && (
        <EmptyState title={i18n.t('ideas.emptyTitle')}>
          <p>{richText([<strong>{i18n.t('ideas.new')}</strong>], (button) => i18n.t('ideas.emptyBody', [button]))}</p>
        </EmptyState>
      )}
      <div class="ii-list">
        {ideas.map((idea) =>
          editing === idea.id ? (
            <div key={idea.id} class="ii-card ii-card--editor">{editor(idea)}</div>
          ) : (
            <IdeaCard
              key={idea.id}
              idea={idea}
              actionName={actionRule(idea.action)?.name}
              round={roundOf(idea)}
              today={today}
              members={membersOf(idea)}
              candidates={(data?.partners ?? []).filter((p) => !idea.members.some((m) => m.orgId === p.id))}
              stages={stages}
              colourOf={(stageId) => stageColour(stageIds, stageId)}
              check={checkConsortium(idea, data?.organisations ?? new Map(), applicantOf(idea, data?.settings.me))}
              onEdit={() => setEditing(idea.id)}
              onDelete={() => void remove(idea)}
              onAddMember={(orgId) => void write((w, db) => w.addMember(db, idea.id, orgId, firstStage)).then((o) => o.ok && announce(i18n.t('ideas.added', [nameOf(orgId), idea.title])))}
              onMemberStage={(orgId, stageId) =>
                void write((w, db) => w.setMemberStage(db, idea.id, orgId, stageId)).then((o) => o.ok && announce(i18n.t('ideas.memberStage', [nameOf(orgId), stageName(stageId), idea.title])))
              }
              onRemoveMember={(orgId) => {
                const name = nameOf(orgId);
                focusAfter.current = `idea-${idea.id}-add-search`;
                void write((w, db) => w.removeMember(db, idea.id, orgId)).then((o) => o.ok && announce(i18n.t('ideas.removed', [name, idea.title])));
              }}
            />
          ),
        )}
      </div>
      {region}
      {undo && <UndoToast message={i18n.t('ideas.deleted', [undo.title])} onUndo={() => void restore()} onClose={() => setUndo(undefined)} />}
    </div>
  );
}
