/**
 * The text of a page's elements as a reader sees it: site chrome (header, menus, footer, cookie
 * banner) is never a record's, and block elements give their own lines.
 */

/** Site chrome: header, menus, language list, breadcrumbs, footer, cookie banner, search forms. */
const CHROME = [
  'nav',
  'footer',
  'form',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '.ecl-site-header',
  '.ecl-site-footer',
  '.ecl-footer',
  '.ecl-menu',
  '.ecl-breadcrumb',
  '.ecl-language-list',
  '.ecl-social-media-share',
  '#cookie-consent-banner',
  '.cck-container',
  '.wt-cck',
  'script',
  'style',
  'template',
  'noscript',
].join(', ');

export const BLOCK =
  /^(?:address|article|aside|blockquote|dd|div|dl|dt|fieldset|figure|h[1-6]|header|hr|li|main|ol|p|pre|section|table|tbody|td|th|thead|tr|ul)$/i;
export const SKIP = /^(?:script|style|template|noscript|svg|button|select|iframe)$/i;

/** A header element is chrome unless it sits inside the main content (ECL page headers do). */
export function isChrome(el: Element): boolean {
  if (el.closest(CHROME)) return true;
  return el.closest('header') !== null && el.closest('main, [role="main"], #main-content, article') === null;
}

/** Text of a node with block elements on their own lines; `skip` is left out (a field's own label). */
export function blockText(node: Node | null | undefined, skip?: Element): string {
  const lines: string[] = [];
  let line = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) line += n.nodeValue ?? '';
    if (n.nodeType !== 1 || n === skip || SKIP.test((n as Element).tagName)) return;
    const block = BLOCK.test((n as Element).tagName) || (n as Element).tagName === 'BR';
    if (block) {
      lines.push(line);
      line = '';
    }
    n.childNodes.forEach(walk);
    if (block) {
      lines.push(line);
      line = '';
    }
  };
  if (node) walk(node);
  lines.push(line);
  return lines
    .map((l) => l.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
