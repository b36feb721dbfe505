/**
 * Outreach statistics: how many organisations were contacted, replied and confirmed, as counts
 * and rates, by platform, project idea and event, and per month. Pure: plain data in and out.
 */
import type { Organisation, PartnerEvent, PipelineEntry, ProjectIdea, SourceOrigin, Stage } from './model';

export const MILESTONES = ['contacted', 'replied', 'confirmed'] as const;
export type Milestone = (typeof MILESTONES)[number];

export interface Funnel {
  total: number;
  contacted: number;
  replied: number;
  confirmed: number;
  /** Replied ÷ contacted, 0–1; null when nobody was contacted yet. */
  replyRate: number | null;
  confirmRate: number | null;
}

/** Stages at or after a milestone in the user's stage order (a "Not a fit" answer is still a reply). */
function reachedMilestones(stageIdsVisited: string[], stages: Stage[]): Set<Milestone> {
  const order = stages.map((stage) => stage.id).filter((id) => id !== 'not-a-fit');
  const furthest = Math.max(-1, ...stageIdsVisited.map((id) => order.indexOf(id)));
  const reached = new Set<Milestone>(MILESTONES.filter((m) => order.indexOf(m) >= 0 && order.indexOf(m) <= furthest));
  if (stageIdsVisited.includes('not-a-fit')) {
    reached.add('contacted');
    reached.add('replied');
  }
  return reached;
}

function visitedStages(entry: PipelineEntry): string[] {
  return [entry.stageId, ...entry.history.map((event) => event.stageId).filter((id): id is string => !!id)];
}

export function funnelOf(stageLists: string[][], stages: Stage[]): Funnel {
  const counts = { contacted: 0, replied: 0, confirmed: 0 };
  for (const visited of stageLists) for (const milestone of reachedMilestones(visited, stages)) counts[milestone] += 1;
  return {
    total: stageLists.length,
    ...counts,
    replyRate: counts.contacted ? counts.replied / counts.contacted : null,
    confirmRate: counts.contacted ? counts.confirmed / counts.contacted : null,
  };
}

export interface OutreachStats {
  overall: Funnel;
  byPlatform: { origin: SourceOrigin; funnel: Funnel }[];
  byIdea: { id: string; title: string; funnel: Funnel }[];
  byEvent: { id: string; name: string; funnel: Funnel }[];
  /** Per month (YYYY-MM): how many first reached each milestone then. */
  byMonth: { month: string; contacted: number; replied: number; confirmed: number }[];
}

export function outreachStats(
  organisations: Organisation[],
  entries: PipelineEntry[],
  ideas: ProjectIdea[],
  events: PartnerEvent[],
  stages: Stage[],
): OutreachStats {
  const entryOf = new Map(entries.map((entry) => [entry.orgId, entry]));
  const visited = (orgId: string) => {
    const entry = entryOf.get(orgId);
    return entry ? visitedStages(entry) : [];
  };
  const origins = [...new Set(organisations.flatMap((org) => org.sources.map((s) => s.origin)))].sort();
  const months = new Map<string, { contacted: number; replied: number; confirmed: number }>();
  for (const entry of entries) {
    const seen = new Set<Milestone>();
    for (const event of entry.history) {
      if (!event.stageId) continue;
      for (const milestone of reachedMilestones([event.stageId], stages)) {
        if (seen.has(milestone)) continue;
        seen.add(milestone);
        const month = event.at.slice(0, 7);
        const row = months.get(month) ?? { contacted: 0, replied: 0, confirmed: 0 };
        row[milestone] += 1;
        months.set(month, row);
      }
    }
  }
  return {
    overall: funnelOf(entries.map(visitedStages), stages),
    byPlatform: origins.map((origin) => ({
      origin,
      funnel: funnelOf(
        organisations.filter((org) => org.sources.some((s) => s.origin === origin)).map((org) => visited(org.id)),
        stages,
      ),
    })),
    byIdea: ideas.map((idea) => ({
      id: idea.id,
      title: idea.title,
      funnel: funnelOf(
        idea.members.map((m) => [m.stageId]),
        stages,
      ),
    })),
    byEvent: events.map((event) => ({
      id: event.id,
      name: event.name,
      funnel: funnelOf(event.orgIds.map(visited), stages),
    })),
    byMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, row]) => ({ month, ...row })),
  };
}
