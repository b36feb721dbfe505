/** One colour per stage, used everywhere (pill, column, chart). All pass 4.5:1 with white text. */
const PALETTE = ['#4b5563', '#6d28d9', '#b45309', '#0369a1', '#15803d', '#b91c1c', '#9d174d', '#0f766e'];

export function stageColour(stageIds: readonly string[], stageId: string): string {
  const index = stageIds.indexOf(stageId);
  return PALETTE[(index < 0 ? 0 : index) % PALETTE.length]!;
}
