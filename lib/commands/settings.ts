/** Commands of the options page and the background's bookkeeping: page rules, backups, summaries, import. */
import { z } from '../domain/zod';
import { markExported } from '../backup/exchange';
import { applyPreviewed, type Backup, type ImportMode, type ImportPreview, type ImportResult } from '../backup/import';
import { deletePageRules, importPageRules, recordRuleOutcomes, setRuleLabel } from '../store/page-rules';
import { RuleOutcomeSchema } from '../page-rules/schema';
import type { RuleOutcome } from '../page-rules/apply';
import type { RuleImportRow } from '../page-rules/plan';
import { repairSummaries } from '../store/summaries';
import { defineCommand } from './define';
import { ALL_STORES, Id, Ids, record } from './args';

type ImportOutcome = { result: ImportResult } | { refused: Error; fresh: ImportPreview };

export const settingsCommands = {
  'pageRules.delete': defineCommand({
    args: z.object({ ruleIds: Ids }),
    stores: ['meta'],
    run: (db, { ruleIds }) => deletePageRules(db, ruleIds),
  }),
  'pageRules.setLabel': defineCommand({
    args: z.object({ ruleId: Id, label: z.string().max(1000) }),
    stores: ['meta'],
    run: (db, { ruleId, label }) => setRuleLabel(db, ruleId, label),
  }),
  'pageRules.import': defineCommand({
    args: z.object({ rows: z.array(record<RuleImportRow>('a rule')).max(1000), replaceMine: z.array(Id).max(1000) }),
    stores: ['meta'],
    run: (db, { rows, replaceMine }) => importPageRules(db, rows, new Set(replaceMine)),
  }),
  /** "Not now" on the backup nudge: it waits a week. */
  /** Test on this tab found the rule at work: it counts as "last worked" (a miss in a test counts for nothing). */
  'pageRules.recordTest': defineCommand({
    args: z.object({ outcome: RuleOutcomeSchema }),
    stores: ['meta'],
    run: (db, { outcome }) => recordRuleOutcomes(db, [outcome as RuleOutcome], new Date().toISOString()),
  }),
  'backup.dismissNudge': defineCommand({
    args: z.object({ at: z.iso.datetime() }),
    stores: ['meta'],
    run: async (db, { at }) => void (await db.put('meta', at, 'backupNudgeDismissedAt')),
  }),
  'backup.markExported': defineCommand({
    args: z.object({ at: z.iso.datetime() }),
    stores: ['meta'],
    run: (db, { at }) => markExported(db, new Date(at)),
  }),
  /** Mend summaries a write forgot (lib/store/summaries.ts); tells other views only when it mended any. */
  'summaries.repair': defineCommand({
    args: z.object({}),
    stores: ['organisations', 'pipeline', 'summaries'],
    run: (db) => repairSummaries(db),
    changed: (mended) => mended > 0,
  }),
  /**
   * Apply a previewed import. When the data changed since the preview, nothing is written and the
   * answer carries a fresh preview with the refusal, to show before asking again.
   */
  'import.apply': defineCommand({
    args: z.object({
      backup: record<Backup>('the backup'),
      mode: z.enum(['merge', 'replace']),
      preview: record<ImportPreview>('the preview'),
    }),
    stores: ALL_STORES,
    run: async (db, { backup, mode, preview }): Promise<ImportOutcome> => {
      const stale: { fresh?: ImportPreview } = {};
      try {
        const onFresh = (next: ImportPreview) => void (stale.fresh = next);
        return { result: await applyPreviewed(db, { backup, mode: mode as ImportMode, preview }, onFresh) };
      } catch (refusal) {
        if (stale.fresh) return { refused: refusal as Error, fresh: stale.fresh };
        throw refusal;
      }
    },
  }),
};
