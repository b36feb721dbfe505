/**
 * The "Report this page" file (issue 11): the redacted page as HTML, with what the extension knew
 * about it in one JSON block in its head. HTML, not JSON with HTML inside, so the file opens in a
 * browser for the user to see what they share, `npm run extract` reads it like any saved page and it
 * can become a fixture as it is. The block is inert data (`type="application/json"`): readers skip
 * scripts, and a browser does not run it.
 */
export const REPORT_FORMAT = 'partner-pipeline-page-report';
export const REPORT_VERSION = 1;
export const REPORT_ELEMENT_ID = 'partner-pipeline-report';

/** The JSON block of a report, or undefined for any other page. Never throws. */
export function reportDataOf(html: string): Record<string, unknown> | undefined {
  const open = new RegExp(`<script[^>]*\\bid="${REPORT_ELEMENT_ID}"[^>]*>`, 'i').exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = html.indexOf('</script>', start);
  if (end < 0) return undefined;
  try {
    const data: unknown = JSON.parse(html.slice(start, end));
    const ok = !!data && typeof data === 'object' && (data as { format?: unknown }).format === REPORT_FORMAT;
    return ok ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The address of the reported page, as the report states it (http(s) only). */
export function reportUrlOf(html: string): string | undefined {
  const url = reportDataOf(html)?.pageUrl;
  return typeof url === 'string' && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}

/** JSON inside a script element: "<" escaped, so no text can close the element or open a comment. */
export const scriptSafeJson = (value: unknown): string => JSON.stringify(value, null, 1).replace(/</g, '\\u003c');

/** Where the report's code puts its builder when loaded on click (entrypoints/page-report.ts). */
export const REPORT_GLOBAL = 'partnerPipelineReport';
/** The report's script, web-accessible to platform pages and imported by stage 2 only on click. */
export const REPORT_SCRIPT = '/page-report.js';

/** `partner-pipeline-report-otlas-2026-12-04.html`, in the user's own date. */
export function reportFileName(platform: string | null, at: Date): string {
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `partner-pipeline-report-${platform ?? 'page'}-${day}.html`;
}
