/**
 * Our own tiny shadow-root host (instead of WXT's UI helper, which adds ~5 KB gzip to every
 * content script): an open shadow root, so page styles cannot reach our panel and ours cannot
 * leak out, with the panel's CSS inlined as a <style>.
 */
import panelCss from './panel.css?inline';
import { pageLanguage } from '@/lib/i18n';

export interface ShadowHost {
  container: HTMLElement;
  remove: () => void;
}

export function createShadowHost(anchor: Element, placement: 'after' | 'first' | 'last', tag = 'partner-pipeline-ui'): ShadowHost {
  const host = document.createElement(tag);
  // Our texts are in the user's language, not the page's: screen readers should read them so.
  host.lang = pageLanguage();
  const shadow = host.attachShadow({ mode: 'open' });
  // A <style> per host, not a shared constructed sheet: those fail in Firefox content scripts.
  const style = document.createElement('style');
  style.textContent = panelCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  if (placement === 'after') anchor.after(host);
  else if (placement === 'last') anchor.append(host);
  else anchor.prepend(host);
  return { container, remove: () => host.remove() };
}
