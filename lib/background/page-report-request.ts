/**
 * "Report this page" in the background: the panel asks, and its page's offer (lib/protocol/panel-offers.ts)
 * says which tab and page it speaks for — never the panel's own word, never sender.tab.url. The
 * background adds the user's page rules for that page and asks that tab's top content script for the
 * redacted copy (views/page/report-listener.ts), then hands the file to the panel to download.
 */
import { z } from '../domain/zod';
import type { Database } from '../store/db';
import type { Reply } from '../protocol/messages';
import { i18n } from '../i18n';
import { panelFrameOf, type PanelOffers, type SenderLike } from '../protocol/panel-offers';
import { rulesForSenderPage } from '../store/page-rules-requests';
import { rulePlatformOf } from '../page-rules/page';
import type { PageRule } from '../page-rules/types';
import { reportFileName } from '../extractors/report-file';

/** A page's copy is page text: checked like anything a page sends (30 MB is far beyond any real page). */
const ReportReplySchema = z.object({ ok: z.literal(true), html: z.string().min(1).max(30_000_000) });

export interface ReportDeps {
  panelOffers?: PanelOffers;
  openDb: () => Promise<Database>;
  /** Sends a message to a tab's top document (its content script) and returns the answer. */
  askTab?: (tabId: number, message: unknown) => Promise<unknown>;
}

async function rulesOf(
  deps: ReportDeps,
  pageUrl: string,
  platform: ReturnType<typeof rulePlatformOf>,
  pageType: string,
) {
  if (!platform) return [];
  const db = await deps.openDb();
  try {
    const found = await rulesForSenderPage(db, pageUrl, platform, pageType as never);
    return found.ok ? found.value : [];
  } finally {
    db.close();
  }
}

export async function reportFromPanel(sender: SenderLike, deps: ReportDeps): Promise<Reply<'page.report'>> {
  const frame = panelFrameOf(sender);
  if (!frame || !deps.askTab) return { ok: false, error: i18n.t('requests.notAllowed', ['page.report']) };
  const offer = await deps.panelOffers?.find(frame);
  if (!offer) return { ok: false, error: i18n.t('panel.gone') };
  const { extraction, pageUrl, tabId, offerId } = offer;
  const platform = rulePlatformOf(extraction, new URL(pageUrl));
  // Rules are an extra: a database that cannot open now still lets the user report the page.
  const rules: PageRule[] = await rulesOf(deps, pageUrl, platform, extraction.pageType).catch(() => []);
  const answer = await deps.askTab(tabId, { type: 'page.report', offerId, extraction, rules }).catch(() => undefined);
  const checked = ReportReplySchema.safeParse(answer);
  if (!checked.success) return { ok: false, error: i18n.t('report.failed') };
  return { ok: true, fileName: reportFileName(platform, new Date()), html: checked.data.html };
}
