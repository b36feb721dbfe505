import { describe, expect, it } from 'vitest';
import { addDays, nextFollowUp, noReplySuggested, parseCadence } from '@/lib/outreach/cadence';
import { matchLanguage, proposeLanguage } from '@/lib/outreach/language';
import { buildMailto, MAILTO_LIMIT } from '@/lib/outreach/mailto';
import { fillPlaceholders, isComplete } from '@/lib/outreach/placeholders';
import { placeholderValues } from '@/lib/outreach/draft';
import { STARTER_LANGUAGES, STARTER_TEMPLATES } from '@/lib/outreach/starters';

describe('placeholders', () => {
  it('fills known placeholders and marks the missing and the unknown', () => {
    const draft = fillPlaceholders('Dear {partner.name}, about {idea.title} ({idea.action}) — {partner.nmae}', {
      'partner.name': 'Jugendforum',
      'idea.title': 'Rural youth',
    });
    expect(draft.text).toBe('Dear Jugendforum, about Rural youth ({idea.action}) — {partner.nmae}');
    expect(draft.missing).toEqual(['idea.action']);
    expect(draft.unknown).toEqual(['partner.nmae']);
    expect(isComplete(draft)).toBe(false);
    expect(draft.parts.filter((p) => p.kind !== 'text')).toEqual([
      { kind: 'missing', name: 'idea.action' },
      { kind: 'unknown', name: 'partner.nmae' },
    ]);
  });

  it('is complete once every placeholder has a value; blank values count as missing; braces that are no placeholder stay', () => {
    expect(isComplete(fillPlaceholders('Hi {me.name} { x } {}', { 'me.name': 'Ana' }))).toBe(true);
    expect(fillPlaceholders('Hi {me.name}', { 'me.name': '  ' }).missing).toEqual(['me.name']);
  });

  it('takes values from the partner, idea, call, organisation and events, in the template language', () => {
    const values = placeholderValues(
      {
        organisation: {
          id: 'o1',
          name: 'Jugendforum',
          country: 'AT',
          pastProjects: [{ identifier: '2023-1-AT01', title: 'Green steps' }],
        },
        idea: {
          title: 'Rural youth',
          action: 'KA210-YOU',
          description: 'Young people speak up.',
          deadline: '2026-10-01',
        },
        me: { name: 'Asociación Ejemplo', contactName: 'Ana Ruiz' },
        events: [{ name: 'Contact seminar Graz', date: '2025-10-14', orgIds: ['o1'] }],
      },
      'de',
    );
    expect(values).toMatchObject({
      'partner.country': 'Österreich',
      'call.deadline': '1. Oktober 2026',
      'their.pastProject': 'Green steps',
      metAt: 'Contact seminar Graz',
      'me.name': 'Ana Ruiz',
    });
  });
});

describe('language', () => {
  const available = ['en', 'de', 'fr', 'pt-BR', 'ka', 'uk'];
  it('falls back exact → primary subtag → default', () => {
    expect(matchLanguage('pt-BR', available)).toBe('pt-BR');
    expect(matchLanguage('de-AT', available)).toBe('de');
    expect(matchLanguage('pt-PT', available)).toBe('pt-BR');
    expect(matchLanguage('pl', available)).toBeUndefined();
    expect(proposeLanguage({ country: 'AT' }, available, 'en')).toBe('de');
    expect(proposeLanguage({ country: 'PL', pageLanguage: 'fr-BE' }, available, 'en')).toBe('fr');
    expect(proposeLanguage({ country: 'PL' }, available, 'en-GB')).toBe('en');
    expect(proposeLanguage({}, ['de'], 'it')).toBe('it');
  });

  it('proposes the Georgian and Ukrainian starters for partners in Georgia and Ukraine', () => {
    expect(proposeLanguage({ country: 'GE' }, STARTER_LANGUAGES, 'en')).toBe('ka');
    expect(proposeLanguage({ country: 'UA' }, STARTER_LANGUAGES, 'en')).toBe('uk');
    expect(STARTER_LANGUAGES).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'pl', 'ka', 'uk']));
  });

  it('starter templates use known placeholders only, and are plain text', () => {
    for (const template of STARTER_TEMPLATES) {
      expect(fillPlaceholders(`${template.subject}\n${template.body}`, {}).unknown, template.language).toEqual([]);
      expect(template.body, template.language).not.toMatch(/<[a-z]/i);
    }
  });
});

describe('mailto', () => {
  it('encodes subject and body, with CRLF line breaks', () => {
    const result = buildMailto('info@example.org', 'Erasmus+ & you', 'Line 1\nLine 2');
    expect(result).toEqual({
      ok: true,
      href: 'mailto:info@example.org?subject=Erasmus%2B%20%26%20you&body=Line%201%0D%0ALine%202',
    });
  });

  it('refuses links over the 2,000-character limit, and missing or odd addresses', () => {
    const under = buildMailto('a@b.org', 's', 'x'.repeat(MAILTO_LIMIT - 'mailto:a@b.org?subject=s&body='.length));
    expect(under.ok).toBe(true);
    expect(under.ok && under.href.length).toBe(MAILTO_LIMIT);
    const over = buildMailto('a@b.org', 's', 'x'.repeat(MAILTO_LIMIT));
    expect(over).toMatchObject({ ok: false, reason: 'too-long' });
    // Each non-ASCII letter is 6 characters encoded: the limit is on the link, not the text.
    expect(buildMailto('a@b.org', 's', 'ქ'.repeat(300))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(buildMailto(undefined, 's', 'b')).toEqual({ ok: false, reason: 'no-address' });
    expect(buildMailto('a@b.org?cc=x@y.org', 's', 'b')).toEqual({ ok: false, reason: 'no-address' });
  });
});

describe('cadence', () => {
  it('plans follow-ups 7, 14 and 28 days after sending, and stops on a reply or at the end', () => {
    expect(nextFollowUp('2026-01-01', [7, 14, 28], '2026-01-01', false)).toBe('2026-01-08');
    expect(nextFollowUp('2026-01-01', [7, 14, 28], '2026-01-08', false)).toBe('2026-01-15');
    expect(nextFollowUp('2026-01-01', [7, 14, 28], '2026-01-20', false)).toBe('2026-01-29');
    expect(nextFollowUp('2026-01-01', [7, 14, 28], '2026-01-29', false)).toBeNull();
    expect(nextFollowUp('2026-01-01', [7, 14, 28], '2026-01-01', true)).toBeNull();
    expect(nextFollowUp('2026-01-01', [3, 10], '2026-01-01', false)).toBe('2026-01-04');
  });

  it('suggests “no reply” once the cadence is over; parses edited cadences', () => {
    expect(noReplySuggested('2026-01-01', [7, 14, 28], '2026-01-28', false)).toBe(false);
    expect(noReplySuggested('2026-01-01', [7, 14, 28], '2026-01-29', false)).toBe(true);
    expect(noReplySuggested('2026-01-01', [7, 14, 28], '2026-03-01', true)).toBe(false);
    expect(parseCadence('5, 10; 30')).toEqual([5, 10, 30]);
    expect(parseCadence('14 7 7')).toEqual([7, 14]);
    expect(parseCadence('7, soon')).toBeUndefined();
    expect(parseCadence('0')).toBeUndefined();
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
