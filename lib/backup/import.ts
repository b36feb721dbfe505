/**
 * JSON import of a backup made by lib/backup/exchange.ts, in three steps that never write half a file:
 *
 * 1. readBackup / readBackupFile (lib/backup/import-read.ts, pure): limits, JSON, format, version,
 *    migration of older files, validation of every record.
 * 2. previewImport (lib/backup/import-apply.ts): what would happen, per organisation, found through the
 *    database's indexes and decided by the pure merge rules of lib/backup/import-plan.ts.
 * 3. applyImport (lib/backup/import-apply.ts): the same plan, recomputed and written inside ONE readwrite
 *    transaction, so either the whole import lands or nothing does.
 *
 * This file only gathers their public API, so importers need not know how it is split.
 */
export {
  IMPORT_MESSAGES,
  ImportError,
  looksCutOff,
  MAX_IMPORT_BYTES,
  migrateFile,
  MIGRATIONS,
  readBackup,
  readBackupFile,
  storeCount,
  type Backup,
  type ImportProblem,
  type RejectedRecord,
} from './import-read';
export {
  mergeEntry,
  mergeOrganisation,
  ORGANISATION_STATUSES,
  planOrganisations,
  planOtherStores,
  type Existing,
  type ImportMode,
  type ImportPreview,
  type MatchKey,
  type MatchSnapshot,
  type OrganisationPlan,
  type OrganisationRow,
  type OrganisationStatus,
  type OtherSnapshot,
  type StoreSummary,
  type Write,
} from './import-plan';
export {
  applyImport,
  applyPreviewed,
  describeCounts,
  describeImportError,
  describeOtherStores,
  describeResult,
  previewImport,
  type ImportResult,
} from './import-apply';
