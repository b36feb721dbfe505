/** Pages of one type whose layout the built-in readers do not know, in English and German. */
import { Window } from 'happy-dom';

export function pageAt(url: string, lang: string, main: string): Document {
  const window = new Window({ url });
  window.document.write(`<!DOCTYPE html><html lang="${lang}"><head><title>Page</title></head><body>
    <nav class="ecl-menu"><ul><li><a href="/x">Country</a></li></ul></nav>
    <main id="main-content">${main}</main>
    <footer class="ecl-site-footer"><p>Country: Belgium</p><p>E-mail: helpdesk@example.eu</p></footer>
  </body></html>`);
  return window.document as unknown as Document;
}

export interface Card {
  name: string;
  country: string;
  city: string;
  website: string;
  email: string;
  labels: { country: string; city: string; website: string; email: string };
  /** Rows before the ones the rule looks for: the positions differ from page to page. */
  extraRows?: string;
}

/** A profile card with a made-up layout: label/value rows in divs with generated class names. */
export const cardHtml = (card: Card) => `
  <div class="css-1x2y3z"><h1 class="sc-title-9f8e">${card.name}</h1></div>
  <section class="jsx-483920">
    ${card.extraRows ?? ''}
    <div class="r-82k1"><span class="k-1">${card.labels.country}</span><span class="v-2">${card.country}</span></div>
    <div class="r-82k1"><span class="k-1">${card.labels.city}</span><span class="v-2">${card.city}</span></div>
    <div class="r-82k1"><span class="k-1">${card.labels.website}</span><span class="v-2">
      <a href="${card.website}">Visit</a></span></div>
    <div class="r-82k1"><span class="k-1">${card.labels.email}</span><span class="v-2">
      <a href="mailto:${card.email}">Write</a></span></div>
  </section>`;

export const ENGLISH = { country: 'Country', city: 'City', website: 'Website', email: 'E-mail' };
export const GERMAN = { country: 'Land', city: 'Stadt', website: 'Webseite', email: 'E-Mail' };
