/**
 * "Report this page" (issue 11): what a maintainer needs to reproduce a reader's failure, with
 * nobody's data in it — the redacted page (lib/extractors/redact.ts), its address, what the reader
 * read there with every personal value replaced by placeholder text of the same shape, the reader's
 * explanation without values, and the user's page rules for this platform and page type.
 * Pure (document in, file text out); loaded only when the user asks (entrypoints/page-report.ts).
 */
import type { ExtractionResult } from '@/lib/domain/model';
import type { Warning } from '@/lib/domain/warnings';
import { explainFields } from '@/lib/extractors/confidence';
import { placeholderOf, redactDocument, redactHref } from '@/lib/extractors/redact';
import { REPORT_ELEMENT_ID, REPORT_FORMAT, REPORT_VERSION, scriptSafeJson } from '@/lib/extractors/report-file';
import { rulesForPage } from '@/lib/page-rules/apply';
import { rulesFileText } from '@/lib/page-rules/file';
import { rulePlatformOf } from '@/lib/page-rules/page';
import type { PageRule } from '@/lib/page-rules/types';

export interface PageReportInput {
  doc: Document;
  url: URL;
  /** What the reader (and the user's rules) read on this page: the panel's offer. */
  extraction: ExtractionResult;
  rules: readonly PageRule[];
  at: Date;
}

/** Facts of a record in a fixed shape (codes, dates, numbers), never anyone's data: kept as read. */
const KEPT = new Set([
  'platform',
  'pageType',
  'country',
  'countries',
  'role',
  'kind',
  'startDate',
  'endDate',
  'deadline',
  'callYear',
  'grantEur',
  'action',
  'fieldConfidence',
]);
const ADDRESSES = new Set(['website', 'profileUrl', 'url']);

/** The reader's result with the same shape and every personal value replaced. */
function redactValue(key: string, value: unknown): unknown {
  if (KEPT.has(key)) return value;
  if (typeof value === 'string') return ADDRESSES.has(key) ? redactHref(value) : placeholderOf(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(key, item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, redactValue(name, inner)]));
  }
  return value;
}

/** Warnings carry page text only in their values: those are replaced, the codes and reasons kept. */
function redactWarning(item: Warning): Warning {
  if (item.code === 'implausible') {
    const left = item.params.left.map(({ reason, value }) => ({ reason, value: placeholderOf(value) }));
    return { code: 'implausible', params: { left } };
  }
  if (item.code === 'legacy') return { code: 'legacy', params: { text: placeholderOf(item.params.text) } };
  return item;
}

function explanation(input: PageReportInput) {
  try {
    return explainFields(input.extraction, input.doc, input.url).map(
      ({ record, field, layer, confidence, considered }) => ({
        record,
        field,
        layer,
        confidence,
        alternatives: considered.length,
      }),
    );
  } catch {
    // The explanation helps; a report without it still does.
    return [];
  }
}

/** The user's rules that run on this page, as a rules file; the value a rule was made from is redacted. */
function pageRules({ extraction, url, rules, at }: PageReportInput): unknown {
  const own = rulesForPage(rules, rulePlatformOf(extraction, url), extraction.pageType);
  const shared = own.map((rule) => (rule.shape === 'country' ? rule : { ...rule, sample: placeholderOf(rule.sample) }));
  return JSON.parse(rulesFileText(shared, at));
}

/** The report file's text: the redacted page with its JSON block in the head. */
export function makePageReport(input: PageReportInput): string {
  const { extraction, url, at } = input;
  const data = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    madeAt: at.toISOString(),
    pageUrl: url.href.split('#')[0],
    language: input.doc.documentElement.lang || undefined,
    result: { ...(redactValue('', extraction) as object), warnings: extraction.warnings.map(redactWarning) },
    explanation: explanation(input),
    pageRules: pageRules(input),
  };
  const block = `<script type="application/json" id="${REPORT_ELEMENT_ID}">${scriptSafeJson(data)}</script>`;
  const html = redactDocument(input.doc);
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}${block}${html.slice(head.index + head[0].length)}`;
  return html.replace(/<html\b[^>]*>/i, (open) => `${open}<head>${block}</head>`);
}
