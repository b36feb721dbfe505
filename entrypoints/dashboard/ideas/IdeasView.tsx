/**
 * The "Project ideas" tab: ideas with their call round and countdown, their organisations (each
 * with its own stage) and the consortium check. Reads through useIdeasData, writes through
 * `./idea-writes` (loaded on first use); components get plain data.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { UndoToast } from '@/components/BulkBar';
import { SafeLink } from '@/components/DetailSources';
import { EmptyState } from '@/components/EmptyState';
import { IdeaCard, type IdeaMemberView } from '@/components/IdeaCard';
import { IdeaEditor, type IdeaDraft } from '@/components/IdeaEditor';
import { actionRule, CALENDAR, roundsForAction } from '@/lib/calls';
import { checkConsortium } from '@/lib/consortium';
import { localIsoDate } from '@/lib/dates-local';
import { formatDate } from '@/lib/format';
import type { ProjectIdea } from '@/lib/model';
import { stageColour } from '@/lib/stage-colours';
import { LoadState, ProblemBanner, useAnnouncer, useFocusUndo } from './view-parts';
import { useIdeasData } from './useIdeasData';

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

const withoutEmpty = (draft: IdeaDraft) => Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== '')) as IdeaDraft;

export function IdeasView() {
  const { data, error, problem, setProblem, reload, write } = useIdeasData();
  const [editing, setEditing] = useState<'new' | string>();
  const [undo, setUndo] = useState<ProjectIdea>();
  const focusAfter = useRef<string>();
  const { announce, region } = useAnnouncer();
  useFocusUndo(undo);
  const nameOf = (orgId: string) => data?.organisations.get(orgId)?.name ?? 'the organisation';
  const stageName = (stageId: string) => stages.find((s) => s.id === stageId)?.name ?? stageId;
  const today = localIsoDate(new Date());
  const stages = data?.stages ?? [];
  const stageIds = useMemo(() => stages.map((s) => s.id), [stages]);
  const firstStage = stages.find((s) => !s.archived)?.id ?? 'to-contact';
  const roundOf = (idea: ProjectIdea) => CALENDAR.rounds.find((r) => r.id === idea.roundId);
  const ideas = useMemo(() => sortIdeas(data?.ideas ?? [], (idea) => idea.deadline ?? roundOf(idea)?.deadline, today), [data, today]);

  useEffect(() => {
    const target = focusAfter.current && document.getElementById(focusAfter.current);
    if (target) {
      target.focus();
      focusAfter.current = undefined;
    }
  });

  const save = async (draft: IdeaDraft) => {
    const outcome = await write((w, db) => (editing && editing !== 'new' ? w.editIdea(db, editing, draft) : w.createIdea(db, withoutEmpty(draft))));
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
        <h1>Project ideas</h1>
        <button type="button" id="ii-new-idea" class="pp-button bd-primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          New project idea
        </button>
      </header>
      <p class="ii-calendar bd-hint" data-testid="calendar-source">
        Call dates as of {formatDate(CALENDAR.asOf)}, from <SafeLink url={CALENDAR.sourceUrl}>{CALENDAR.source}</SafeLink>. {CALENDAR.note}
      </p>
      <ProblemBanner problem={problem} onDismiss={() => setProblem(undefined)} />
      {editing === 'new' && <div class="ii-card ii-card--editor">{editor()}</div>}
      <LoadState loaded={!!data} error={error} what="your project ideas" onRetry={() => void reload()} />
      {data && ideas.length === 0 && editing !== 'new' && (
        <EmptyState title="No project ideas yet">
          <p>
            Click <strong>New project idea</strong>, give it a title, choose the Erasmus+ action and the call round. Then add the partners you are talking to: the
            consortium check tells you whether you have enough organisations from enough countries.
          </p>
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
              check={checkConsortium(idea, data?.organisations ?? new Map())}
              onEdit={() => setEditing(idea.id)}
              onDelete={() => void remove(idea)}
              onAddMember={(orgId) => void write((w, db) => w.addMember(db, idea.id, orgId, firstStage)).then((o) => o.ok && announce(`Added ${nameOf(orgId)} to ${idea.title}`))}
              onMemberStage={(orgId, stageId) =>
                void write((w, db) => w.setMemberStage(db, idea.id, orgId, stageId)).then((o) => o.ok && announce(`${nameOf(orgId)}: ${stageName(stageId)} in ${idea.title}`))
              }
              onRemoveMember={(orgId) => {
                const name = nameOf(orgId);
                focusAfter.current = `idea-${idea.id}-add-search`;
                void write((w, db) => w.removeMember(db, idea.id, orgId)).then((o) => o.ok && announce(`Removed ${name} from ${idea.title}`));
              }}
            />
          ),
        )}
      </div>
      {region}
      {undo && <UndoToast message={`Deleted the project idea “${undo.title}”`} onUndo={() => void restore()} onClose={() => setUndo(undefined)} />}
    </div>
  );
}
