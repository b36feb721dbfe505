/**
 * The extension's words (locales/*.yml, read with @wxt-dev/i18n):
 * (a) every key the code uses exists in English, and every English message is used;
 * (b) every other language has exactly the English keys, plural forms and placeholders, so a
 *     missing or broken translation fails CI;
 * (c) no component or page shows hard-coded English: JSX text and the text attributes
 *     (aria-label, placeholder, title…) come from i18n.t, apart from brand names and symbols.
 * Also: the test browser answers like a real one, and warnings are worded from their codes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMessagesText, SUPPORTED_LOCALES, type ParsedMessage } from '@wxt-dev/i18n/build';
import { i18n, localisePage, pageLanguage } from '@/lib/i18n';
import { warningInWords } from '@/lib/i18n/warnings';
import { warning } from '@/lib/domain/warnings';
import { countryLabel, formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import { getMessageFrom, loadMessages, UI_LANGUAGE } from './setup';

const ROOT = process.cwd();
const LOCALES = join(ROOT, 'locales');
const SOURCE_DIRS = ['components', 'entrypoints', 'lib', 'views'];

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => pattern.test(file) && statSync(join(ROOT, file)).isFile());
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const sources = SOURCE_DIRS.flatMap((dir) => filesUnder(dir, /\.tsx?$/));

/** The messages of one locale file, as the build parses them (the browser's predefined @@ ones left out). */
function messagesOf(file: string): Map<string, ParsedMessage> {
  const parsed = parseMessagesText(readFileSync(join(LOCALES, file), 'utf8'), 'YAML');
  return new Map(
    parsed.filter((message) => !message.key[0]!.startsWith('@@')).map((message) => [message.key.join('.'), message]),
  );
}

const english = messagesOf('en.yml');
const textsOf = (message: ParsedMessage): string[] =>
  message.type === 'plural'
    ? Object.values(message.plurals)
    : [message.type === 'chrome' ? message.message : message.message];
const placeholders = (message: ParsedMessage) =>
  [
    ...new Set(textsOf(message).flatMap((text) => [...text.matchAll(/(?<!\$)\$([1-9])/g)].map((m) => Number(m[1])))),
  ].sort();
const pluralForms = (message: ParsedMessage) => (message.type === 'plural' ? Object.keys(message.plurals).sort() : []);

/** `i18n.t('key'…)` in the code, with where it was found. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sources)
    for (const match of read(file).matchAll(/\bi18n\.t\(\s*(['"`])([^'"`]+)\1/g)) used.set(match[2]!, file);
  return used;
}

describe('messages in English (locales/en.yml)', () => {
  it('has every key the code asks for', () => {
    const missing = [...usedKeys()]
      .filter(([key]) => !key.startsWith('@@') && !english.has(key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('is asked with literal keys only (so the check above sees every key)', () => {
    const dynamic = sources.filter(
      (file) => /\bi18n\.t\(\s*(?!['"`])/.test(read(file)) && !file.endsWith('lib/i18n/index.ts'),
    );
    const templated = sources.filter((file) => /\bi18n\.t\(\s*`[^`]*\$\{/.test(read(file)));
    expect([...dynamic, ...templated]).toEqual([]);
  });

  it('has the manifest’s __MSG_…__ messages', () => {
    const names = new Set([...english.keys()].map((key) => key.replaceAll('.', '_').toLowerCase()));
    const asked = [...read('wxt.config.ts').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((name) => !names.has(name.toLowerCase()))).toEqual([]);
  });

  it('has no message the code never uses (translators would translate it for nothing)', () => {
    const used = new Set(usedKeys().keys());
    const manifest = new Set([...read('wxt.config.ts').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!.toLowerCase()));
    const unused = [...english.keys()].filter(
      (key) => !used.has(key) && !manifest.has(key.replaceAll('.', '_').toLowerCase()),
    );
    expect(unused).toEqual([]);
  });

  it('has names browsers accept, distinct when upper/lower case is ignored and dots become underscores', () => {
    const names = [...english.keys()].map((key) => key.replaceAll('.', '_'));
    expect(names.filter((name) => !/^[A-Za-z0-9_]+$/.test(name))).toEqual([]);
    const lower = names.map((name) => name.toLowerCase());
    expect(lower.filter((name, i) => lower.indexOf(name) !== i)).toEqual([]);
  });

  it('keeps each message to one sentence or label with numbered placeholders ($1…) and no gaps', () => {
    const problems: string[] = [];
    for (const [key, message] of english) {
      const used = placeholders(message);
      if (used.some((n, i) => n !== i + 1)) problems.push(`${key}: placeholders ${used.join(',')} leave a gap`);
      if (textsOf(message).some((text) => text.includes(' | '))) problems.push(`${key}: " | " separates plural forms`);
      if (textsOf(message).some((text) => text !== text.trim() || text === ''))
        problems.push(`${key}: empty or padded with spaces`);
      if (textsOf(message).some((text) => /\{\w+\}/.test(text)))
        problems.push(`${key}: use $1…, not {named} placeholders`);
      if (message.type === 'plural' && !['1,n', '0,1,n'].includes(pluralForms(message).join(',')))
        problems.push(`${key}: plural forms ${pluralForms(message).join(',')}`);
    }
    expect(problems).toEqual([]);
  });
});

/** The languages we ship besides English; a file that goes missing fails here, not silently. */
const SHIPPED = ['de', 'es', 'fr', 'it', 'ka', 'pl', 'uk'];
/**
 * Locales Chromium and Firefox load although @wxt-dev/i18n's list (Chrome's documentation) lacks
 * them: Georgian is a Chromium UI language and has a Firefox language pack (firefox-esr-l10n-ka).
 */
const BROWSER_LOCALES_NOT_IN_WXT_LIST = new Set(['ka']);

describe('every language in locales/', () => {
  const files = readdirSync(LOCALES).filter((file) => file !== 'en.yml');

  it('is a .yml file named for a locale browsers know (de.yml, pt_BR.yml…)', () => {
    const known = (code: string) => SUPPORTED_LOCALES.has(code) || BROWSER_LOCALES_NOT_IN_WXT_LIST.has(code);
    const code = (file: string) => file.replace(/\.yml$/, '').replace('-', '_');
    const wrong = readdirSync(LOCALES).filter((file) => !/\.yml$/.test(file) || !known(code(file)));
    expect(wrong).toEqual([]);
  });

  it('includes every language we ship (Georgian and Ukrainian among them)', () => {
    expect(files.map((file) => file.replace(/\.yml$/, '')).sort()).toEqual(SHIPPED);
  });

  it.each(['en', ...SHIPPED])('%s.yml keeps the manifest’s description within the stores’ 132 characters', (code) => {
    const message = messagesOf(`${code}.yml`).get('manifest.description');
    expect(message && [...textsOf(message)[0]!].length).toBeLessThanOrEqual(132);
  });

  it.each(SHIPPED)('%s.yml names its own language in meta.language (the pages’ lang for screen readers)', (code) => {
    const message = messagesOf(`${code}.yml`).get('meta.language');
    expect(message && textsOf(message)).toEqual([code]);
  });

  it.runIf(files.length > 0).each(files)('%s has exactly the English keys, plural forms and placeholders', (file) => {
    const translated = messagesOf(file);
    const problems: string[] = [];
    for (const key of english.keys()) if (!translated.has(key)) problems.push(`missing: ${key}`);
    for (const key of translated.keys()) if (!english.has(key)) problems.push(`not in English: ${key}`);
    for (const [key, message] of translated) {
      const original = english.get(key);
      if (!original) continue;
      if ((message.type === 'plural') !== (original.type === 'plural'))
        problems.push(`${key}: plural in one language only`);
      else if (pluralForms(message).join() !== pluralForms(original).join())
        problems.push(`${key}: forms ${pluralForms(message).join()} instead of ${pluralForms(original).join()}`);
      if (placeholders(message).join() !== placeholders(original).join())
        problems.push(
          `${key}: placeholders ${placeholders(message).join() || 'none'} instead of ${placeholders(original).join() || 'none'}`,
        );
      if (textsOf(message).some((text) => text.trim() === '')) problems.push(`${key}: empty`);
      if (textsOf(message).some((text) => text.includes(' | '))) problems.push(`${key}: " | " separates plural forms`);
    }
    expect(problems).toEqual([]);
  });
});

// ── (c) No hard-coded English in components and pages ────────────────────────────────────────

/** Brand names may stay as they are in any language; symbols carry no words. */
const BRANDS = /Partner Pipeline|OTLAS|EPALE|ESEP|eTwinning|PRP|Erasmus\+/g;
const hasWords = (text: string) => /\p{L}/u.test(text.replace(BRANDS, ''));

/** Attributes and props whose value is shown or read out to the user. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'title',
  'alt',
  'label',
  'caption',
  'rowHeader',
  'empty',
  'message',
  'heading',
  'submitLabel',
  'verb',
]);

/** Literal text an expression evaluates to directly ("a", `b ${x}`, c ? "d" : "e", f ?? "g"); calls such as i18n.t(…) are not literal. */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
      node.operatorToken.kind,
    )
  )
    return [...literalTexts(node.left), ...literalTexts(node.right)];
  return [];
}

function hardCodedText(file: string, code = read(file)): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (hasWords(text))
      found.push(
        `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text.trim().slice(0, 60))}`,
      );
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    )
      for (const text of literalTexts(node.expression)) report(node, text);
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression)
        for (const text of literalTexts(value.expression)) report(value, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components and extension pages', () => {
  const files = [
    ...filesUnder('components', /\.tsx$/),
    ...filesUnder('entrypoints', /\.tsx$/),
    ...filesUnder('views', /\.tsx$/),
  ];

  it('are found', () => expect(files.length).toBeGreaterThan(30));

  it('show no hard-coded English: JSX text and text attributes come from i18n.t (brand names and symbols excepted)', () => {
    expect(files.flatMap((file) => hardCodedText(file))).toEqual([]);
  });

  it('the check itself catches text nodes, attributes and literal branches', () => {
    const probe = (code: string) => hardCodedText('probe.tsx', code).length;
    expect(probe('const a = <p>Save partner</p>;')).toBe(1);
    expect(probe('const a = <b aria-label={`Delete ${x}`} />;')).toBe(1);
    expect(probe('const a = <b title="Not now" />;')).toBe(1);
    expect(probe("const a = <p>{busy ? 'Saving…' : label}</p>;")).toBe(1);
    expect(probe("const a = <p><strong>OTLAS</strong> · <strong>ESEP / eTwinning</strong> ×{' '}→</p>;")).toBe(0);
    expect(probe("const a = <p aria-label={i18n.t('page.close')}>{i18n.t('page.close')}</p>;")).toBe(0);
  });
});

// ── The test browser, the page language and stored warnings ─────────────────────────────────

describe('i18n at run time', () => {
  it('substitutes and picks plural forms like the browsers and @wxt-dev/i18n', () => {
    expect(i18n.t('board.partners', 1, ['1'])).toBe('1 partner');
    expect(i18n.t('board.partners', 1234, ['1,234'])).toBe('1,234 partners');
    expect(i18n.t('board.partners', 0, ['0'])).toBe('0 partners');
    expect(i18n.t('board.announce.moved', ['Fundacja', 'Contacted'])).toBe('Moved Fundacja to Contacted');
    const getMessage = getMessageFrom(
      new Map([
        ['a', 'Price: $$$1, $2!'],
        ['b', 'Hello $1'],
      ]),
    );
    expect(getMessage('A', ['5'])).toBe('Price: $5, !');
    expect(getMessage('b')).toBe('Hello ');
    expect(getMessage('unknown')).toBe('');
  });

  it('marks pages with the language of their texts', () => {
    expect(pageLanguage()).toBe('en-US');
    const doc = document.implementation.createHTMLDocument('x');
    localisePage('Partner Pipeline — Privacy', doc);
    expect([doc.documentElement.lang, doc.documentElement.dir, doc.title]).toEqual([
      'en-US',
      'ltr',
      'Partner Pipeline — Privacy',
    ]);
  });

  it('words warnings from their codes in the browser language (tests/unit/warnings.test.ts has the rest)', () => {
    expect(warningInWords(warning('layoutChanged'))).toBe(i18n.t('warnings.layoutChanged'));
    expect(warningInWords(warning('withdrawn', { count: 3 }))).toBe(
      '3 organisations that withdrew from the project were left out.',
    );
    expect(warningInWords(warning('legacy', { text: 'Something an old version wrote.' }))).toBe(
      'Something an old version wrote.',
    );
  });
});

// ── Georgian and Ukrainian: the browser's language picks them, Intl formats for ka-GE and uk-UA ──

describe('a Georgian or Ukrainian browser', () => {
  const fakeI18n = browser.i18n as unknown as Record<string, unknown>;
  const english = { getMessage: fakeI18n.getMessage, getUILanguage: fakeI18n.getUILanguage };
  /** The extension's i18n module, fresh (it caches plain messages), in a browser speaking `language`. */
  async function speaking(language: 'ka' | 'uk', uiLanguage: string) {
    fakeI18n.getMessage = getMessageFrom(loadMessages(language));
    fakeI18n.getUILanguage = () => uiLanguage;
    vi.resetModules();
    return import('@/lib/i18n');
  }
  afterEach(() => Object.assign(fakeI18n, english));

  it('shows the texts of ka.yml and marks pages as Georgian', async () => {
    const { i18n: georgian, pageLanguage: language } = await speaking('ka', 'ka');
    expect(georgian.t('page.savePartner')).toBe('პარტნიორის შენახვა');
    expect(georgian.t('popup.openBoard')).toBe('დაფის გახსნა');
    expect(language()).toBe('ka');
  });

  it('uses Georgian number-neutral plurals: the noun after a number stays singular', async () => {
    const { i18n: georgian } = await speaking('ka', 'ka-GE');
    const counts = [1, 3, 21].map((n) => georgian.t('board.partners', n, [String(n)]));
    expect(counts).toEqual(['1 პარტნიორი', '3 პარტნიორი', '21 პარტნიორი']);
  });

  it('uses Ukrainian forms that read right for 1, 2, 5 and 21 (the "n" form puts the number last)', async () => {
    const { i18n: ukrainian, pageLanguage: language } = await speaking('uk', 'uk');
    expect([1, 2, 5, 21].map((n) => ukrainian.t('board.partners', n, [String(n)]))).toEqual([
      '1 партнер',
      'партнерів: 2',
      'партнерів: 5',
      'партнерів: 21',
    ]);
    expect(ukrainian.t('page.savePartner')).toBe('Зберегти партнера');
    expect(language()).toBe('uk');
  });

  it('formats dates, numbers, percentages and countries through Intl for ka-GE and uk-UA', () => {
    expect(formatDate('2026-03-05', 'ka-GE')).toMatch(/მარ/);
    expect(formatDate('2026-03-05', 'uk-UA')).toMatch(/бер/);
    expect(formatNumber(1234567, 'ka-GE').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(1234567, 'uk-UA').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatPercent(0.4, 'uk-UA')?.replace(/\s/g, ' ')).toBe('40%');
    expect(countryLabel('GE', 'ka')).toBe('GE · საქართველო');
    expect(countryLabel('UA', 'uk')).toBe('UA · Україна');
  });

  it('leaves the English test browser as it was', () => {
    expect(browser.i18n.getUILanguage()).toBe(UI_LANGUAGE);
  });
});
