/**
 * The popup and the board before the first partner: the sentence that names every platform and the
 * Save partner button. The names fill the sentence's slots here only, for both views.
 */
import { EmptyState } from './EmptyState';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

interface SaveFirstPartnerProps {
  title: string;
  /** The view's sentence, given the platforms' names and the button's (in this order). */
  body: (otlas: string, epale: string, esep: string, prp: string, save: string) => string;
}

export function SaveFirstPartner({ title, body }: SaveFirstPartnerProps) {
  const names = [
    <strong>OTLAS</strong>,
    <strong>EPALE</strong>,
    <strong>ESEP / eTwinning</strong>,
    <strong>{i18n.t('platform.prpFull')}</strong>,
    <strong>{i18n.t('page.savePartner')}</strong>,
  ];
  return (
    <EmptyState title={title}>
      <p>{richText(names, (a, b, c, d, e) => body(a!, b!, c!, d!, e!))}</p>
    </EmptyState>
  );
}
