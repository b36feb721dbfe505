/**
 * What the popup's buttons do: changes are commands through the one write queue (views/live), the
 * export and the page's own save are plain actions; each ends in a status line or a problem.
 */
import { useState } from 'preact/hooks';
import { useWriteQueue } from '@/views/live/useWriteQueue';
import { describeStorageError } from '@/lib/i18n/storage-errors';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { saveFromTab } from './actions';

export function usePopupActions(reload: () => void) {
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const { write } = useWriteQueue(async () => reload(), setError);

  /** An action outside the database (export, the page's save): its message, or its failure in words. */
  const act = async (action: () => Promise<string | void>) => {
    try {
      setError(undefined);
      const message = await action();
      if (message) setStatus(message);
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  };

  const exportJson = (onDone?: () => void) =>
    act(async () => {
      const { downloadExport } = await import('@/lib/reads/download');
      const count = await downloadExport();
      onDone?.();
      return i18n.t('popup.exported', count, [formatNumber(count)]);
    });
  const setStage = (orgId: string, stageId: string) =>
    void write((run) => run('partners.setStage', { orgId, stageId }));
  const dismissNudge = () => void write((run) => run('backup.dismissNudge', { at: new Date().toISOString() }));
  const followUpDone = async (orgId: string) => {
    const done = await write((run) => run('partners.completeFollowUp', { orgId }));
    if (done.ok) setStatus(i18n.t('popup.followUpDone'));
  };
  const saveFrom = (tabId: number) => void act(() => saveFromTab(tabId));

  return { error, status, exportJson, setStage, dismissNudge, followUpDone, saveFrom };
}
