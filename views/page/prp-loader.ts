/**
 * The Project Results Platform is a single-page app fed by a public data service: read the
 * project from the service (through the background, which holds the host permission), and
 * fall back to the rendered page, waiting briefly for the app to render it.
 */
import { prp, prpIdentifierFromUrl } from '@/lib/extractors/prp';
import { hasWarning, warning } from '@/lib/domain/warnings';
import type { ExtractionResult } from '@/lib/domain/model';
import { sendMessage } from '@/lib/protocol/send';

const RENDER_WAIT_MS = 8000;

function whenRendered(url: URL): Promise<ExtractionResult> {
  return new Promise((resolve) => {
    const attempt = () => prp.extract(document, url);
    let result = attempt();
    if (!hasWarning(result.warnings, 'notLoaded')) return resolve(result);
    const observer = new MutationObserver(() => {
      result = attempt();
      if (!hasWarning(result.warnings, 'notLoaded')) finish();
    });
    const timer = setTimeout(() => finish(), RENDER_WAIT_MS);
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    }
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

export async function loadPrpProject(url: URL): Promise<ExtractionResult | undefined> {
  const identifier = prpIdentifierFromUrl(url);
  if (!identifier) return undefined;
  const reply = await sendMessage({ type: 'prp.fetchProject', identifier });
  if (reply.ok) {
    const fromService = prp.extractData!(reply.data, url);
    if (fromService.organisations.length > 0) return fromService;
  }
  const fromPage = await whenRendered(url);
  return reply.ok
    ? fromPage
    : { ...fromPage, warnings: [warning('serviceError', { message: reply.error }), ...fromPage.warnings] };
}
