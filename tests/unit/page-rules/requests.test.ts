import { describe, expect, it } from 'vitest';
import { readPageRules, savePickedRule } from '@/lib/store/page-rules';
import { recordFromPage, rulesForSenderPage, saveRuleFromPage } from '@/lib/store/page-rules-requests';
import { freshDb } from '../test-data';
import { countryRule } from './fixtures';

const EPALE_PAGE = 'https://epale.ec.europa.eu/en/orgs/a';
const OTLAS_PAGE = 'https://www.salto-youth.net/tools/otlas-partner-finding/organisation/a';

describe('what a platform page may ask about page rules', () => {
  it('gets only its own platform’s rules', async () => {
    const db = await freshDb();
    await savePickedRule(db, countryRule());
    expect(await rulesForSenderPage(db, EPALE_PAGE, 'epale', 'organisation')).toEqual({
      ok: true,
      value: [countryRule()],
    });
    expect(await rulesForSenderPage(db, OTLAS_PAGE, 'epale', 'organisation')).toEqual({
      ok: false,
      reason: 'other-platform',
    });
  });

  it('saves a picked rule only for its own platform and host, as the user’s own', async () => {
    const db = await freshDb();
    expect(await saveRuleFromPage(db, OTLAS_PAGE, countryRule())).toEqual({ ok: false, reason: 'other-platform' });
    expect(await saveRuleFromPage(db, EPALE_PAGE, { ...countryRule(), host: 'ec.europa.eu' })).toEqual({
      ok: false,
      reason: 'other-platform',
    });
    expect(
      await saveRuleFromPage(db, EPALE_PAGE, { ...countryRule(), anchors: [{ kind: 'selector', selector: 'a{}' }] }),
    ).toEqual({ ok: false, reason: 'invalid' });
    expect(await readPageRules(db)).toEqual([]);
    const saved = await saveRuleFromPage(db, EPALE_PAGE, countryRule({ origin: 'imported', misses: 2 }));
    expect(saved.ok && saved.value).toMatchObject({ origin: 'mine', misses: 0 });
  });

  it('records outcomes of its own platform’s rules only', async () => {
    const db = await freshDb();
    await savePickedRule(db, countryRule());
    const missed = { ruleId: 'epale/organisation/country', field: 'country', status: 'missed' };
    await recordFromPage(db, OTLAS_PAGE, [missed, missed, missed]);
    expect((await readPageRules(db))[0]!.misses).toBe(0);
    for (let i = 0; i < 3; i += 1) await recordFromPage(db, EPALE_PAGE, [missed]);
    expect((await readPageRules(db))[0]!.setAside?.reason).toBe('misses');
    expect(await recordFromPage(db, EPALE_PAGE, [{ ...missed, status: 'deleted' }])).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
