/**
 * Names keep no bidi overrides, zero-width characters or controls (issue 15, item 11): removed
 * in the model (so messages and imports), and plural messages survive " | " in names (item 12).
 */
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { ExtractedOrganisationSchema, NoteSchema } from '@/lib/domain/model';
import { MessageSchema } from '@/lib/protocol/messages';
import { safeLine, safeText } from '@/lib/domain/safe-text';

const HOSTILE = 'Acme\u202E gnp.exe\u202C\u200B\u2066\u0000\u0007\u0085\u00AD Ltd';

describe('unsafe characters', () => {
  it('are removed from one-line fields, tabs and breaks becoming spaces', () => {
    expect(safeLine(HOSTILE)).toBe('Acme gnp.exe\u00AD Ltd');
    expect(safeLine('a\tb\nc\u2069\uFEFF')).toBe('a b c');
  });

  it('are removed from free text, which keeps its lines', () => {
    expect(safeText('line 1\r\nline\u202E 2\u0000\n\tend')).toBe('line 1\nline 2\n\tend');
  });

  it('never reach a stored organisation, note or tag through the schemas', () => {
    const organisation = ExtractedOrganisationSchema.parse({
      name: HOSTILE,
      city: '\u202DBerlin',
      description: 'a\u202Eb\nc',
    });
    expect(organisation).toMatchObject({ name: 'Acme gnp.exe\u00AD Ltd', city: 'Berlin', description: 'ab\nc' });
    const note = NoteSchema.parse({ id: 'n1', at: '2026-01-01T00:00:00.000Z', text: 'called\u2067 them' });
    expect(note.text).toBe('called them');
    const message = MessageSchema.parse({
      type: 'partners.addNote',
      orgId: 'o',
      pageUrl: 'https://epale.ec.europa.eu/x',
      text: 'hi\u202E!',
    });
    expect(message).toMatchObject({ text: 'hi!' });
  });

  it('leave a field made only of them empty, so it is refused rather than saved blank', () => {
    expect(ExtractedOrganisationSchema.safeParse({ name: '\u202E\u200B\u0000' }).success).toBe(false);
  });
});

describe('plural messages with " | " in a substituted text', () => {
  it('choose the form by the count and show the text as it is', () => {
    const title = 'Youth | Adults | Seniors | Everyone';
    expect(i18n.t('reminders.deadlineIn', 3, ['3', title])).toBe(`“${title}”: call deadline in 3 days.`);
    expect(i18n.t('reminders.deadlineIn', 1, ['1', 'A | B'])).toBe('“A | B”: call deadline in 1 day.');
  });
});
