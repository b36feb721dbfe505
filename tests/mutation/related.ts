/**
 * Blocks of *other* records to put next to the record: related organisations, similar requests,
 * other projects. They reuse the record's own classes and label/value shape (its pairs cloned
 * with other values), so a reader that picks values by class or by "first match" takes theirs.
 */
import type { Subject } from './subject';
import { CHROME } from './pairs';

const OTHER = {
  name: 'Other Placeholder Organisation',
  country: 'Malta',
  city: 'Valletta',
  website: 'https://other-placeholder.example.org/',
  email: 'info@other-placeholder.example.org',
  oid: 'E10000001',
  pic: '999999999',
};

/** Addresses of other records on the page's platform (different ids from the record's). */
function otherLinks(subject: Subject, i: number): { organisation: string; record?: string } {
  const url = new URL(subject.url);
  const lang = /^\/([a-z]{2})\//.exec(url.pathname)?.[1] ?? 'en';
  switch (subject.platform) {
    case 'otlas':
      return {
        organisation: `${url.origin}/tools/otlas-partner-finding/organisation/other-placeholder-organisation-${i}.9999${i}/`,
        record: `${url.origin}/tools/otlas-partner-finding/project/another-request-${i}.9998${i}/`,
      };
    case 'epale':
      return {
        organisation: `${url.origin}/${lang}/organisations/other-placeholder-organisation-${i}`,
        record: `${url.origin}/${lang}/partner-requests/another-request-${i}`,
      };
    case 'esep':
      return {
        organisation: `${url.origin}/${lang}/connect/schools-organisations/other-placeholder-organisation-${i}`,
        record: `${url.origin}/${lang}/networking/partner-finding/another-offer-${i}`,
      };
    case 'etwinning':
      return {
        organisation: `${url.origin}/${lang}/etwinning/schools/99999${i}`,
        record: `${url.origin}/${lang}/etwinning/projects/another-project-${i}`,
      };
    default:
      return {
        organisation: `${url.origin}/projects/search/details/2021-1-MT01-KA220-SCH-00009999${i}`,
        record: `${url.origin}/projects/search/details/2021-1-MT01-KA220-SCH-00009999${i}`,
      };
  }
}

/** Every value of the record's organisation written in the clone replaced by another's. */
function replaceValues(root: Element, subject: Subject, i: number): void {
  const org = subject.expected.organisations[0];
  const title = subject.expected.opportunity?.title;
  const replacements: [string, string][] = [];
  if (title) replacements.push([title, `Another request ${i}`]);
  if (org?.name) replacements.push([org.name, `${OTHER.name} ${i}`]);
  if (org?.city) replacements.push([org.city, OTHER.city]);
  if (org?.region) replacements.push([org.region, 'Gozo']);
  for (const a of Array.from(root.querySelectorAll('a[href]'))) a.setAttribute('href', OTHER.website);
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const texts: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  for (const node of texts) {
    let text = node.nodeValue ?? '';
    for (const [from, to] of replacements) text = text.split(from).join(to);
    text = text
      .replace(/\bE\d{8}\b/g, OTHER.oid)
      .replace(/(?<!\d)\d{9}(?!\d)/g, OTHER.pic)
      .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, OTHER.email)
      .replace(
        /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.example\.[a-z.]+\/?/gi,
        'other-placeholder.example.org',
      );
    node.nodeValue = text;
  }
  // Countries: the country pair's value, whatever language it is in.
  for (const value of Array.from(root.querySelectorAll('dd, td, .field__item, p:not(.microcopy)'))) {
    if (
      org?.country &&
      value.previousElementSibling &&
      /countr|land|pays|paese|kraj|país|χώρα/i.test(value.previousElementSibling.textContent ?? '')
    )
      value.textContent = OTHER.country;
  }
}

/** The record's first pair container (a dl, table, Drupal field group or fact list), to clone. */
function pairContainer(doc: Document): Element | undefined {
  const candidates = Array.from(doc.body.querySelectorAll('dl, table, .field-group, .aside, .request-summary')).filter(
    (e) => !e.closest(CHROME) && !e.querySelector('thead'),
  );
  return candidates[0];
}

function otlasTile(doc: Document, subject: Subject, i: number): Element {
  const links = otherLinks(subject, i);
  const tile = doc.createElement('div');
  tile.className = 'tool-item';
  tile.innerHTML = `<h2 class="project-title"><a href="${links.record}">Another request ${i}</a></h2>
    <div class="organisation-name-haslogo"><a href="${links.organisation}">${OTHER.name} ${i}</a></div>
    <div class="based-in">a Non-profit/ non-governmental organisation based in ${OTHER.country} (${OTHER.city})</div>
    <div class="project-dates">This project takes place: from 2030-01 till 2030-12</div>
    <div class="project-action">and relates to: Youth Exchanges (KA152-YOU)</div>
    <div class="project-deadline">Deadline for partner requests: 1 January 2030</div>
    <p class="project-summary">Another organisation's request.</p>`;
  return tile;
}

function eclTile(doc: Document, subject: Subject, i: number): Element {
  const links = otherLinks(subject, i);
  const tile = doc.createElement('article');
  tile.className = 'ecl-content-item';
  const block = doc.createElement('div');
  block.className = 'ecl-content-block';
  const isProject = subject.expected.pageType === 'project' || subject.expected.pageType === 'partner-request';
  // ECL versions other than 4.7 write a list row's title as h1 (platforms.md, Round 2).
  block.innerHTML = `<h1 class="ecl-content-block__title"><a href="${isProject ? links.record : links.organisation}">${isProject ? `Another request ${i}` : `${OTHER.name} ${i}`}</a></h1>`;
  if (isProject) block.innerHTML += `<p><a href="${links.organisation}">${OTHER.name} ${i}</a>, ${OTHER.country}</p>`;
  const pairs = pairContainer(doc)?.cloneNode(true) as Element | undefined;
  if (pairs) {
    replaceValues(pairs, subject, i);
    block.append(pairs);
  } else {
    block.innerHTML += `<ul class="ecl-content-block__primary-meta-container"><li>${OTHER.country}</li><li>${OTHER.city}</li></ul>`;
  }
  tile.append(block);
  return tile;
}

function prpTile(doc: Document, subject: Subject, i: number): Element {
  const links = otherLinks(subject, i);
  const tile = doc.createElement('div');
  tile.className = 'ecl-card';
  tile.innerHTML = `<h3 class="ecl-card__title"><a href="${links.record}">Another project ${i}</a></h3>
    <dl class="ecl-description-list"><dt>Coordinating organisation name</dt><dd>${OTHER.name} ${i}</dd>
    <dt>Coordinator's country</dt><dd>${OTHER.country}</dd><dt>Project Title</dt><dd>Another project ${i}</dd></dl>`;
  return tile;
}

/** Two tiles of other records in a block: after the record ("Related …") or before it (a sidebar). */
export function relatedBlock(doc: Document, subject: Subject, position: 'after' | 'before'): Element | null {
  const make = subject.platform === 'otlas' ? otlasTile : subject.platform === 'prp' ? prpTile : eclTile;
  const block = doc.createElement(position === 'after' ? 'section' : 'aside');
  block.className = position === 'after' ? 'related-mutation related' : 'related-mutation sidebar';
  const heading = doc.createElement('h2');
  heading.textContent =
    subject.platform === 'prp'
      ? 'Similar projects'
      : subject.expected.opportunity
        ? 'Similar requests'
        : 'Related organisations';
  block.append(heading, make(doc, subject, 1), make(doc, subject, 2));
  return block;
}
