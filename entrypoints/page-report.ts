import { makePageReport } from '@/lib/page-ui/page-report';
import { REPORT_GLOBAL } from '@/lib/extractors/report-file';

// "Report this page": the redaction, loaded by stage 2 only when the user asks for a report.
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[REPORT_GLOBAL] = makePageReport;
});
