/**
 * Stage 2's side of "Report this page": the background asks (for the panel of this page's current
 * offer, lib/background/page-report-request.ts); the content script loads the report's code on demand, makes
 * the redacted copy of the live document and answers with it. Nobody else can ask: the message
 * must come from the background (our id, no tab) and name the offer this page made.
 */
import type { ExtractionResult } from '@/lib/domain/model';
import type { PageRule } from '@/lib/page-rules/types';
import { REPORT_GLOBAL, REPORT_SCRIPT } from '@/lib/extractors/report-file';
import { loadOnDemand } from './on-demand';
import type { PageReportInput } from './page-report';

interface ReportRequest {
  type: 'page.report';
  offerId: string;
  extraction: ExtractionResult;
  rules: PageRule[];
}
type MakeReport = (input: PageReportInput) => string;

async function makeReport(request: ReportRequest): Promise<string> {
  const make = await loadOnDemand<MakeReport>(REPORT_SCRIPT, REPORT_GLOBAL, 'report code');
  const url = new URL(location.href);
  return make({ doc: document, url, extraction: request.extraction, rules: request.rules ?? [], at: new Date() });
}

/** Answers report requests for the page's current offer; returns the function that stops listening. */
export function answerReportRequests(currentOffer: () => string | undefined): () => void {
  const handle = (
    message: unknown,
    sender: { id?: string; tab?: unknown },
    sendResponse?: (reply: unknown) => void,
  ) => {
    const request = message as Partial<ReportRequest> | null;
    if (sender.id !== browser.runtime.id || sender.tab || request?.type !== 'page.report') return undefined;
    if (!request.offerId || request.offerId !== currentOffer() || !request.extraction) return undefined;
    const reply = makeReport(request as ReportRequest).then(
      (html) => ({ ok: true, html }),
      (error: unknown) => {
        console.warn('[Partner Pipeline] could not make the report', error);
        return { ok: false };
      },
    );
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
