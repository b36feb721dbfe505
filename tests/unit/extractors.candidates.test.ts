/** The hand-entry fallback (issue 11): the readers' best candidates, never the tab title with the site's name. */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { bestCandidates } from '../../lib/extractors/candidates';
import { manualPrefill } from '@/views/page/manual';

function page(url: string, title: string, body: string): Document {
  const window = new Window({ url });
  window.document.write(
    `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`,
  );
  return window.document as unknown as Document;
}

const OTLAS = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/rivers-of-europe.4242/';

describe('best candidates for hand entry', () => {
  it('offers the linked organisation its link witnesses, with where it is based, and never the tab title', () => {
    const doc = page(
      OTLAS,
      'Otlas - Partner Finding - Rivers of Europe - SALTO-YOUTH',
      `
      <header><nav><a href="/tools/otlas-partner-finding/">Otlas - Partner Finding</a></nav></header>
      <div class="x"><a href="/tools/otlas-partner-finding/organisation/fundacja-mlodzi-razem.9931/">Fundacja Młodzi Razem</a>
      <p>a Non-profit organisation based in Poland (Łódź)</p></div>`,
    );
    const found = bestCandidates(doc, new URL(OTLAS));
    expect(found.name).toEqual(['Fundacja Młodzi Razem']);
    expect(found.country).toEqual(['PL']);
    expect(found.city).toEqual(['Łódź']);
    expect(found.name.join(' ')).not.toMatch(/Otlas|SALTO|Rivers of Europe/);
  });

  it('reads labelled fields on any page and pre-fills the form with them', () => {
    const url = 'https://epale.ec.europa.eu/en/organisations/northfield-alc';
    const doc = page(
      url,
      'Something | EPALE',
      `<main><dl><dt>Organisation name</dt><dd>Northfield ALC</dd>
      <dt>Country</dt><dd>Ireland</dd><dt>City</dt><dd>Galway</dd><dt>Website</dt><dd><a href="https://northfield.example.ie">site</a></dd></dl></main>`,
    );
    expect(manualPrefill(doc, '')).toEqual({
      name: 'Northfield ALC',
      country: 'IE',
      city: 'Galway',
      website: 'https://northfield.example.ie/',
    });
  });

  it('keeps the form empty rather than suggest the site name, and lets a selection name the partner', () => {
    const doc = page(OTLAS, 'Otlas - Partner Finding - SALTO-YOUTH', '<main><h1>SALTO-YOUTH</h1></main>');
    expect(manualPrefill(doc, '')).toEqual({});
    expect(manualPrefill(doc, '  Stichting   Jong ')).toEqual({ name: 'Stichting Jong' });
  });
});
