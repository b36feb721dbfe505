/** The imported files with their provenance and the space they take; each one's data can be removed. */
import { i18n } from '@/lib/i18n';
import type { ImportedFile } from '@/lib/discover/types';

interface Props {
  files: ImportedFile[];
  usageBytes?: number;
  number: (value: number, digits?: number) => string;
  date: (iso: string) => string;
  onRemove: (file: ImportedFile) => void;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

export function StoredFiles({ files, usageBytes, number, date, onRemove }: Props) {
  return (
    <section class="dc-files" aria-labelledby="dc-files-title">
      <h3 id="dc-files-title">{i18n.t('discover.files.title')}</h3>
      {files.length === 0 ? (
        <p class="bd-muted">{i18n.t('discover.files.empty')}</p>
      ) : (
        <ul>
          {files.map((file) => (
            <li key={file.id}>
              <span>
                {i18n.t('discover.files.row', [
                  file.name,
                  number(file.rows),
                  number(file.projects),
                  date(file.importedAt),
                  number(mb(file.storedBytes), 1),
                ])}
              </span>
              <button
                type="button"
                class="pp-button pp-button--small"
                onClick={() => onRemove(file)}
                aria-label={i18n.t('discover.files.remove', [file.name])}
              >
                {i18n.t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {usageBytes !== undefined && (
        <p class="bd-muted">{i18n.t('discover.files.usage', [number(mb(usageBytes), 1)])}</p>
      )}
    </section>
  );
}
