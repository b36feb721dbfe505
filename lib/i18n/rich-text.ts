/**
 * Translated sentences with elements inside, e.g. "Click <strong>Save partner</strong> next to its
 * title": the message gets invisible marks for its $1, $2…, and the marks are replaced by the
 * elements, so translators move whole sentences and the elements go where their language needs them.
 */
import type { ComponentChildren } from 'preact';

const mark = (index: number) => `\uE000${index}\uE001`;
const MARKS = /\uE000(\d)\uE001/;

/** `richText([<strong>OTLAS</strong>], (a) => i18n.t('popup.emptyBody', [a]))` → ["Open … on ", <strong>, "…"]. */
export function richText(parts: ComponentChildren[], message: (...marks: string[]) => string): ComponentChildren[] {
  const text = message(...parts.map((_, index) => mark(index)));
  return text.split(MARKS).map((piece, index) => (index % 2 === 1 ? parts[Number(piece)] : piece));
}
