/**
 * Cold-start figures for `npm run bench` (issue 13), kept in the content script's own world: the
 * page's scripts cannot see it, and it costs a few numbers. Stage 1 and stage 2 are separate
 * scripts in the same world, so both find the same object.
 */
export interface PageTimings {
  /** When stage 1 started, as wall-clock time (the page's DOMContentLoaded compares with it). */
  stage1StartedAt?: number;
  /** Stage 1's own run, from its first line to its last (the route check included). */
  stage1Ms?: number;
  /** From stage 1 asking for stage 2 to stage 2 being ready. */
  stage2LoadMs?: number;
  /** The first reading of the page (for the PRP, its data service's answer included). */
  extractMs?: number;
  /** When the panel's frame was first shown, as wall-clock time (performance.timeOrigin + now). */
  revealedAt?: number;
}

const scope = globalThis as unknown as { partnerPipelineTimings?: PageTimings };
export const timings: PageTimings = (scope.partnerPipelineTimings ??= {});
