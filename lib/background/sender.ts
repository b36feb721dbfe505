/**
 * Who sent a message, and what a platform page's surfaces may ask (issue 15, items 1, 2, 13).
 * A page is known by the sender, never by what the message says: a content script's own
 * address (sender.url), or for the panel framed into a platform page, the address of the tab
 * it is framed into (sender.tab.url). Every page address in such a message must be that one.
 */
import { canonicalUrl } from '../domain/identity';
import { i18n } from '../i18n';
import { CONTENT_SCRIPT_MESSAGES, PAGE_MESSAGES, type Message } from '../protocol/messages';
import type { ExtractedOrganisation, Platform } from '../domain/model';
import type { OfferedMatches } from './offers';
import { platformsOfUrl } from '../platforms/facts';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** 0 for a tab's top document (where the content script that frames the panel runs). */
  frameId?: number;
}

/** A content script, or the panel framed into a platform page: both speak for that page only. */
export interface PageContext {
  kind: 'page';
  surface: 'content' | 'frame';
  url: string;
  platforms: Platform[];
  tabId?: number;
}
export type SenderContext = { kind: 'extension' } | PageContext;

const EXTENSION_ADDRESS = /^(chrome|moz)-extension:\/\//i;
const isWebAddress = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);
/** Platform pages are https only: a page over plain http may carry an on-path attacker's script. */
export const pagePlatforms = (url: string) => (/^https:\/\//i.test(url) ? platformsOfUrl(url) : []);

export function senderContext(sender: SenderInfo, extensionOrigin: string): SenderContext {
  const tab = sender.tab;
  // Our own page: under our origin, or (a frame with use_dynamic_url) under a per-session one;
  // sender.id was checked before, so an extension address here is ours.
  if (sender.url?.startsWith(extensionOrigin) || EXTENSION_ADDRESS.test(sender.url ?? '')) {
    // The extension's own page; framed into a web page's tab, it speaks for that page.
    if (!isWebAddress(tab?.url)) return { kind: 'extension' };
    return pageContext('frame', tab.url, tab.id);
  }
  return pageContext('content', sender.url ?? '', tab?.id);
}

function pageContext(surface: PageContext['surface'], url: string, tabId: number | undefined): PageContext {
  return { kind: 'page', surface, url, platforms: pagePlatforms(url), ...(tabId === undefined ? {} : { tabId }) };
}

export interface PageRules {
  offers: OfferedMatches;
  /** The panel still lives in the page's DOM: its content script sends the panel's actions too. */
  panelInPage: boolean;
}

/** The message as the page may send it (profile links off its platform dropped), or why not. */
export async function checkPageMessage(
  message: Message,
  page: PageContext,
  rules: PageRules,
): Promise<Message | string> {
  const allowed = page.surface === 'frame' || rules.panelInPage ? PAGE_MESSAGES : CONTENT_SCRIPT_MESSAGES;
  if (!allowed.has(message.type)) return i18n.t('requests.notAllowed', [message.type]);
  if (page.platforms.length === 0) return i18n.t('requests.unsupportedPage');
  const onPlatform = (platform: Platform | null) => platform === null || page.platforms.includes(platform);
  if (message.type === 'partners.save' && !onPlatform(message.extraction.platform)) {
    return i18n.t('requests.wrongPlatform', [page.platforms.join('/'), String(message.extraction.platform)]);
  }
  const samePage = !('pageUrl' in message) || canonicalUrl(message.pageUrl) === canonicalUrl(page.url);
  if (!samePage) return i18n.t('requests.wrongPage');
  const own = <T extends Partial<ExtractedOrganisation>>(fields: T) => ownProfileOnly(fields, page.platforms);
  switch (message.type) {
    case 'page.looksDifferent':
      if (onPlatform(message.platform)) return message;
      return i18n.t('requests.wrongPlatform', [page.platforms.join('/'), message.platform]);
    case 'pageRules.forPage':
      if (message.platform === undefined || onPlatform(message.platform)) return message;
      return i18n.t('rules.request.otherPlatform', [page.platforms.join('/'), message.platform]);
    case 'pageRules.forget':
      // A rule's id starts with its platform: a page forgets only its own platforms' rules.
      if (page.platforms.some((platform) => message.ruleId.startsWith(`${platform}/`))) return message;
      return i18n.t('rules.request.otherPlatform', [page.platforms.join('/'), message.ruleId.split('/')[0] ?? '']);
    case 'prp.fetchProject':
      return page.platforms.includes('prp') ? message : i18n.t('requests.prpOnly');
    case 'partners.lookup':
      return { ...message, organisations: message.organisations.map(own) };
    case 'partners.correct':
      return { ...message, corrections: own(message.corrections) };
    case 'partners.save': {
      const resolution = message.resolution;
      const mergeInto = resolution && 'mergeInto' in resolution ? resolution.mergeInto : undefined;
      if (mergeInto !== undefined && !(await wasOffered(rules.offers, page, mergeInto))) {
        return i18n.t('safety.notOffered');
      }
      const extraction = { ...message.extraction, organisations: message.extraction.organisations.map(own) };
      return { ...message, extraction, ...(message.corrections ? { corrections: own(message.corrections) } : {}) };
    }
    default:
      return message;
  }
}

async function wasOffered(offers: OfferedMatches, page: PageContext, orgId: string): Promise<boolean> {
  return page.tabId !== undefined && (await offers.offered(page.tabId, page.url)).includes(orgId);
}

/** A profile link is an exact identity: a page may state one only on its own platform's host. */
function ownProfileOnly<T extends Partial<ExtractedOrganisation>>(fields: T, platforms: Platform[]): T {
  const own = (url: string) => platformsOfUrl(url).some((platform) => platforms.includes(platform));
  if (!fields.profileUrl || own(fields.profileUrl)) return fields;
  const { profileUrl: _dropped, ...rest } = fields;
  return rest as T;
}
