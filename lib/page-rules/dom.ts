/**
 * Small DOM helpers the rules share: the page's language, the record's heading, and hops (parents,
 * a next sibling, then children by tag and position) between two elements, made and followed.
 */
import { blockText, isChrome } from '../extractors/block-text';
import type { Hop, PathStep } from './types';

/** The page's language ("de"): the document's lang, else the first path segment of its address. */
export function pageLanguage(doc: Document, url?: URL): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase().slice(0, 2);
  if (lang && /^[a-z]{2}$/.test(lang)) return lang;
  const first = url?.pathname.split('/').filter(Boolean)[0];
  return first && /^[a-z]{2}$/i.test(first) ? first.toLowerCase() : undefined;
}

/** The record's heading: the first h1 outside the site chrome. */
export function recordHeading(doc: Document): Element | undefined {
  return Array.from(doc.querySelectorAll('h1')).find((h1) => !isChrome(h1));
}

/** An element's text with blocks on their own lines (what a user sees as its value). */
export const textOfElement = (el: Element, skip?: Element): string => blockText(el, skip);

const MAX_DEPTH = 12;

function childPath(ancestor: Element, target: Element): PathStep[] | undefined {
  const steps: PathStep[] = [];
  for (let el: Element | null = target; el && el !== ancestor; el = el.parentElement) {
    const parent: Element | null = el.parentElement;
    if (!parent || steps.length >= MAX_DEPTH) return undefined;
    const tag = el.tagName.toLowerCase();
    const index = Array.from(parent.children)
      .filter((child) => child.tagName === el!.tagName)
      .indexOf(el);
    steps.unshift({ tag, index });
  }
  return steps;
}

/** The hop from `from` to `to`: up to the nearest parent (or its next sibling) that holds `to`, then down. */
export function hopBetween(from: Element, to: Element, allowNext: boolean): Hop | undefined {
  let base: Element | null = from;
  for (let up = 0; base && up <= MAX_DEPTH; up += 1, base = base.parentElement) {
    const sibling: Element | null = base.nextElementSibling;
    if (allowNext && sibling && (sibling === to || sibling.contains(to))) {
      const down = childPath(sibling, to);
      if (down) return { up, next: true, down };
    }
    if (!allowNext && base.contains(to) && base !== to) {
      const down = childPath(base, to);
      if (down) return { up, next: false, down };
    }
  }
  return undefined;
}

/** Follows a hop from an element; undefined when the page has no such element. */
export function followHop(from: Element, hop: Hop): Element | undefined {
  let el: Element | null = from;
  for (let i = 0; i < hop.up && el; i += 1) el = el.parentElement;
  if (el && hop.next) el = el.nextElementSibling;
  for (const step of hop.down) {
    if (!el) return undefined;
    el = Array.from(el.children).filter((child) => child.tagName.toLowerCase() === step.tag)[step.index] ?? null;
  }
  return el ?? undefined;
}
