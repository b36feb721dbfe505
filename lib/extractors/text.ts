/** Small, pure helpers every extractor uses to read text and links safely. */

const HIDDEN_TEXT = 'script, style, noscript, template';

/** Visible text of a node with whitespace folded; '' when absent. Script and style text is not text. */
export function textOf(node: Element | null | undefined): string {
  if (!node) return '';
  if (!node.querySelector(HIDDEN_TEXT)) return (node.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  let text = '';
  const walker = node.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (!current.parentElement?.closest(HIDDEN_TEXT)) text += current.nodeValue ?? '';
  }
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** First element matching any selector, tried in order (alternatives survive redesigns). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** An absolute http(s) URL, or undefined: never a javascript:/data: link. */
export function safeHttpUrl(raw: string | null | undefined, base?: URL | string): string | undefined {
  if (!raw) return undefined;
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A website as users type it ("www.example.org") made absolute; undefined if it is not one. */
export function normaliseWebsite(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const trimmed = raw.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const url = safeHttpUrl(withScheme);
  return url && /\.[a-z]{2,}$/i.test(new URL(url).hostname) ? url : undefined;
}

/** Drop keys whose value is undefined or '' so "absent" stays absent. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}
