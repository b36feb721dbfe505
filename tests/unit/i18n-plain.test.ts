/** Stage 1's words come from the browser directly, and say the same as the full i18n.t. */
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { i18n as plain, pageLanguage } from '@/lib/i18n/plain';

describe('the plain messages of stage 1', () => {
  it('read the same words as i18n.t', () => {
    expect(plain.t('panel.frameTitle')).toBe(i18n.t('panel.frameTitle'));
    expect(plain.t('panel.frameTitle')).not.toBe('');
    expect(pageLanguage()).toMatch(/^[a-z]{2}/);
  });
});
