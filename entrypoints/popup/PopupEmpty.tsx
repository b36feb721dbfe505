/** The popup with no partner yet: where to save the first one. */
import { EmptyState } from '@/components/EmptyState';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/rich-text';

export function PopupEmpty() {
  const names = [
    <strong>OTLAS</strong>,
    <strong>EPALE</strong>,
    <strong>ESEP / eTwinning</strong>,
    <strong>{i18n.t('platform.prpFull')}</strong>,
    <strong>{i18n.t('page.savePartner')}</strong>,
  ];
  return (
    <EmptyState title={i18n.t('popup.emptyTitle')}>
      <p>{richText(names, (a, b, c, d, e) => i18n.t('popup.emptyBody', [a, b, c, d, e]))}</p>
    </EmptyState>
  );
}
