/** What the board shows instead of its columns: loading, a failed load with Try again, no partners yet. */
import { SaveFirstPartner } from '@/components/shared/SaveFirstPartner';
import { i18n } from '@/lib/i18n';

interface BoardStatesProps {
  loaded: boolean;
  error: string | undefined;
  empty: boolean;
  onRetry: () => void;
}

export function BoardStates({ loaded, error, empty, onRetry }: BoardStatesProps) {
  if (error && !loaded) {
    return (
      <div class="bd-state" role="alert">
        <h2>{i18n.t('board.loadFailedTitle')}</h2>
        <p>{error}</p>
        <button type="button" class="pp-button bd-primary" onClick={onRetry}>
          {i18n.t('common.tryAgain')}
        </button>
      </div>
    );
  }
  if (!loaded) {
    return (
      <p class="bd-state" role="status">
        {i18n.t('board.loading')}
      </p>
    );
  }
  if (!empty) return null;
  return <SaveFirstPartner title={i18n.t('board.emptyTitle')} body={(...names) => i18n.t('board.emptyBody', names)} />;
}
