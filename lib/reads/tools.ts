/**
 * What the board's and the options page's tools read (lib/reads/index.ts has the first paint,
 * lib/reads/settings.ts the settings): duplicates, Discover's marks, import previews. They bring
 * zod and the import code: load them on use (`import()`), or from a page that has them anyway.
 */
export { findProbableDuplicates } from '../store/merge';
export { savedMark } from '../commands/discover';
export { CSV_DELIMITERS, defaultDelimiter, type CsvDelimiter } from '../backup/csv';
export {
  describeImportError,
  describeOtherStores,
  describeResult,
  previewImport,
  readBackupFile,
  type Backup,
  type ImportMode,
  type ImportPreview,
} from '../backup/import';
