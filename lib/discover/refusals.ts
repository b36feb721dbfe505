/** Why a whole file was refused, and why rows were skipped, in the user's language. */
import { i18n } from '../i18n';
import type { ImportRefused, SkipReason } from './types';

export function refusalMessage(error: ImportRefused): string {
  switch (error.reason) {
    case 'empty':
      return i18n.t('discover.refused.empty');
    case 'notProjectList':
      return i18n.t('discover.refused.notProjectList', [error.detail.join(', ')]);
    case 'binary':
      return i18n.t('discover.refused.binary');
    case 'truncated':
      return i18n.t('discover.refused.truncated');
    case 'tooLarge':
      return i18n.t('discover.refused.tooLarge');
    case 'unreadable':
      return i18n.t('discover.refused.unreadable');
  }
}

export function skipReasonText(reason: SkipReason): string {
  switch (reason) {
    case 'wrongColumnCount':
      return i18n.t('discover.skip.wrongColumnCount');
    case 'brokenQuote':
      return i18n.t('discover.skip.brokenQuote');
    case 'missingIdentifier':
      return i18n.t('discover.skip.missingIdentifier');
    case 'invalidIdentifier':
      return i18n.t('discover.skip.invalidIdentifier');
    case 'missingTitle':
      return i18n.t('discover.skip.missingTitle');
    case 'noOrganisation':
      return i18n.t('discover.skip.noOrganisation');
    case 'naturalPerson':
      return i18n.t('discover.skip.naturalPerson');
    case 'emptyRow':
      return i18n.t('discover.skip.emptyRow');
  }
}
