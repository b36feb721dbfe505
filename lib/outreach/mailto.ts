/**
 * `mailto:` links for one message. Mail programs and browsers cut long links (2,000 characters
 * is the safe limit), so a longer message is not offered as a link: the user copies the text.
 */
export const MAILTO_LIMIT = 2000;

export type MailtoResult =
  { ok: true; href: string } | { ok: false; reason: 'no-address' | 'too-long'; length?: number };

// Line breaks as CRLF, as RFC 6068 asks; everything else percent-encoded.
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function buildMailto(to: string | undefined, subject: string, body: string): MailtoResult {
  const address = to?.trim();
  if (!address || !/^[^\s@<>()"',;?&]+@[^\s@<>()"',;?&]+\.[^\s@<>()"',;?&]+$/.test(address))
    return { ok: false, reason: 'no-address' };
  const href = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
  return href.length <= MAILTO_LIMIT ? { ok: true, href } : { ok: false, reason: 'too-long', length: href.length };
}
