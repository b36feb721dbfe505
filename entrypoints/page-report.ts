import { makePageReport } from '@/views/page/page-report';
import { useEveryLanguage } from '@/lib/extractors/label-tables';
import { REPORT_GLOBAL } from '@/lib/extractors/report-file';

// "Report this page": the redaction, loaded by stage 2 only when the user asks for a report.
export default defineUnlistedScript(() => {
  // This bundle has its own copy of the label module, without the tables stage 2 fetched for the
  // page's language: without every language, field labels ("Country", "City") would be redacted too.
  useEveryLanguage();
  (globalThis as unknown as Record<string, unknown>)[REPORT_GLOBAL] = makePageReport;
});
