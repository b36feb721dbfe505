/** The popup with no partner yet: where to save the first one. */
import { SaveFirstPartner } from '@/components/shared/SaveFirstPartner';
import { i18n } from '@/lib/i18n';

export function PopupEmpty() {
  return <SaveFirstPartner title={i18n.t('popup.emptyTitle')} body={(...names) => i18n.t('popup.emptyBody', names)} />;
}
