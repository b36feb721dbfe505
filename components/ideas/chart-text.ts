/**
 * SVG text does not wrap or push its neighbours, so the charts make room for their words up front.
 * Step names are the user's own stage names, translated (Georgian and Ukrainian run long), and
 * month names come from Intl: a generous estimate of their drawn width keeps them inside the chart.
 */
const EM_PER_CHARACTER = { normal: 0.62, bold: 0.7 };

/** About how wide `text` is drawn at `fontPx` (rather too wide than too narrow). */
export function textWidth(text: string, fontPx: number, weight: 'normal' | 'bold' = 'normal'): number {
  return Math.ceil([...text].length * fontPx * EM_PER_CHARACTER[weight]);
}
