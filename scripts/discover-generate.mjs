/**
 * Generates project lists with the real column layout of the Project Results Platform's files
 * (shared/reference/prp-export-csv-columns.txt): a KA2-like list (38 partner groups) or a KA1-like
 * one (100 partner groups + 2 extra columns = 621 columns, mostly empty). Deterministic (seeded), so
 * tests can assert on what is inside; the "drifted" variant writes the same data the way other years'
 * files do: semicolons, "Funding Year", curly apostrophes, "Participating Countries", decimal commas.
 *
 *   node scripts/discover-generate.mjs <out.csv> [--kind ka2|ka1] [--projects N | --mb N] [--drifted] [--first N]
 * (--first: the number of the first project, so several files hold different projects)
 */
import { createWriteStream } from 'node:fs';

/** Small deterministic PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'PL', 'EL', 'PT', 'RO', 'TR', 'AT', 'NL', 'LT', 'SI', 'FI', 'IE'];
const CITIES = {
  DE: ['Berlin', 'Leipzig', 'Köln'],
  FR: ['Lyon', 'Nantes', 'Lille'],
  IT: ['Bologna', 'Torino', 'Bari'],
  ES: ['Sevilla', 'Valencia', 'Bilbao'],
  PL: ['Kraków', 'Gdańsk', 'Lublin'],
  EL: ['Patra', 'Volos', 'Larisa'],
  PT: ['Porto', 'Braga', 'Faro'],
  RO: ['Cluj-Napoca', 'Iași', 'Brașov'],
  TR: ['Izmir', 'Konya', 'Bursa'],
  AT: ['Graz', 'Linz', 'Wien'],
  NL: ['Utrecht', 'Delft', 'Zwolle'],
  LT: ['Kaunas', 'Vilnius', 'Šiauliai'],
  SI: ['Maribor', 'Celje', 'Koper'],
  FI: ['Tampere', 'Oulu', 'Turku'],
  IE: ['Cork', 'Galway', 'Sligo'],
};
const STEMS = [
  'Nova',
  'Horizon',
  'Bridges',
  'Aurora',
  'Civitas',
  'Kairos',
  'Lumen',
  'Agora',
  'Vento',
  'Siltana',
  'Mosaic',
  'Orbit',
  'Praxis',
  'Terra',
  'Sirius',
  'Alba',
  'Delta',
  'Helix',
  'Iris',
  'Juno',
];
const ADJECTIVES = ['Green', 'Open', 'Future', 'Youth', 'Learning', 'Social', 'Creative', 'European'];
const FORMS = ['Association', 'Fundacja', 'Verein', 'Cooperativa', 'Institute', 'Centre', 'Stichting', 'Network'];
const TOPICS = [
  'Digital inclusion',
  'Green skills and sustainability',
  'Adult literacy',
  'Youth participation',
  'Inclusion of migrants',
  'Entrepreneurial learning',
  'Media literacy and disinformation',
  'Rural development',
  'Teacher training',
  'Intergenerational learning',
  'Disability and accessibility',
  'Cultural heritage',
];
const WORDS = [
  'learners',
  'community',
  'workshops',
  'methods',
  'toolkit',
  'online',
  'training',
  'partners',
  'local',
  'skills',
  'volunteers',
  'mobility',
  'guide',
  'course',
  'platform',
  'exchange',
  'seniors',
  'women',
  'refugees',
  'teachers',
  'schools',
  'rural',
  'digital',
  'climate',
  'energy',
  'inclusion',
  'citizens',
  'art',
];
/** A vocabulary of pseudo-words (as many distinct words as real summaries have), drawn Zipf-like. */
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'on', 'vas', 'ri', 'den', 'ul', 'sa', 'mor', 'pe', 'li', 'gan', 'to', 'es'];
const VOCABULARY = Array.from(
  { length: 4000 },
  (_, i) =>
    SYLLABLES[i % 16] +
    SYLLABLES[Math.floor(i / 16) % 16] +
    SYLLABLES[Math.floor(i / 256) % 16] +
    (i >= 4096 ? 'x' : ''),
);
const word = (next) =>
  next() < 0.05 ? WORDS[Math.floor(next() * WORDS.length)] : VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)];
const TYPES = [
  'Non-governmental organisation/association/social enterprise',
  'School/Institute/Educational centre',
  'Local Public body',
  'Higher education institution (tertiary level)',
  'Small and medium sized enterprise',
];

/** The organisations the projects draw on: distinctive names, generic schools (same name, other town), towns. */
export function organisationPool(seed = 7, size = 400) {
  const pool = [];
  const seen = new Set();
  for (let i = 0; i < size; i++) {
    const country = COUNTRIES[i % COUNTRIES.length];
    const city = CITIES[country][Math.floor(i / COUNTRIES.length) % 3];
    const kind = i % 10;
    let name, website, type;
    if (kind < 6) {
      name = `${FORMS[i % FORMS.length]} ${ADJECTIVES[Math.floor(i / STEMS.length) % ADJECTIVES.length]} ${STEMS[i % STEMS.length]}`;
      website =
        i % 5 === 0
          ? `https://www.facebook.com/org${i}`
          : `https://www.${STEMS[i % STEMS.length].toLowerCase()}-${i}.org/`;
      type = TYPES[i % 2 === 0 ? 0 : 4];
    } else if (kind < 9) {
      // Generic names: "Primary School No 3" exists in many towns (same name, another school).
      name = `Primary School No ${1 + Math.floor(i / 45)}`;
      website = country === 'TR' ? `https://${city.toLowerCase()}${i}.meb.k12.tr/` : undefined;
      type = TYPES[1];
    } else {
      name = `Municipality of ${city}`;
      type = TYPES[2];
    }
    // Every pool entry is a different organisation: a town has one town hall.
    if (seen.has(`${name}|${country}|${city}`)) name = `${STEMS[i % STEMS.length]} Centre ${i} ${city}`;
    seen.add(`${name}|${country}|${city}`);
    pool.push({
      id: i,
      name,
      country,
      city,
      website,
      type,
      address: `Main Street ${1 + (i % 90)}, ${10000 + i * 7} ${city}`,
    });
  }
  return pool;
}

export function headers({ partners, extras, drifted }) {
  const apostrophe = drifted ? '\u2019' : "'";
  const list = [
    'Programme',
    'Key Action',
    'Action Type',
    drifted ? 'Funding Year' : 'Call year',
    'Project Identifier',
    'Project Title',
    'Topics',
    'Project Summary',
    drifted ? 'Project or accreditation status' : 'Project Status',
    'EU Grant award in euros (This amount represents the grant awarded after the selection stage and is indicative. ' +
      "Please note that any changes made during or after the project's lifetime will not be reflected here.)",
    'Project Website',
    'Results Platform Project Card',
    drifted ? 'Participating Countries' : 'Participating countries',
    'Coordinating organisation name',
    'Coordinating organisation type',
    `Coordinator${apostrophe}s address`,
    `Coordinator${apostrophe}s region`,
    `Coordinator${apostrophe}s country`,
    `Coordinator${apostrophe}s website`,
  ];
  for (let n = 1; n <= partners; n++) {
    for (const field of ['name', 'organisation type', 'address', 'region', 'country', 'website'])
      list.push(`Partner ${n} ${field}`);
  }
  return [...list, ...extras];
}

const ACTIONS = {
  ka2: ['KA220-ADU', 'KA220-SCH', 'KA210-ADU', 'KA220-YOU', 'KA210-YOU'],
  ka1: ['KA121-SCH', 'KA122-ADU', 'KA152-YOU', 'KA131-HED'],
};

/** One project row (cells, before quoting) for project number `i`. */
export function projectRow(i, { kind, partners, extras, drifted, pool, seed = 11 }) {
  const next = random(seed * 100003 + i);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const action = ACTIONS[kind][i % ACTIONS[kind].length];
  const year = 2021 + (i % 4);
  const coordinator = pool[Math.floor(next() * pool.length)];
  const count = kind === 'ka2' ? 2 + Math.floor(next() * 5) : Math.floor(next() * 3);
  const members = [coordinator];
  while (members.length < count + 1) {
    const candidate = pool[Math.floor(next() * pool.length)];
    if (!members.includes(candidate)) members.push(candidate);
  }
  const topics = [pick(TOPICS), pick(TOPICS)].filter((t, k, all) => all.indexOf(t) === k);
  const summary =
    Array.from({ length: 40 + Math.floor(next() * 80) }, () => word(next)).join(' ') + ` ${topics[0].toLowerCase()}.`;
  const grant = 60000 + Math.floor(next() * 340000) + (i % 2 ? 0.5 : 0);
  const grantText = drifted
    ? grant.toFixed(2).replace('.', ',')
    : grant.toLocaleString('en-US', { minimumFractionDigits: 2 });
  const identifier = `${year}-1-${coordinator.country}01-${action}-${String(100000000 + i).padStart(9, '0')}`;
  const countries = [...new Set(members.map((m) => m.country))].join(',');
  const cells = [
    'Erasmus+',
    kind === 'ka2' ? 'Partnerships for cooperation and exchanges of practices' : 'Learning Mobility of Individuals',
    action,
    String(year),
    identifier,
    `${topics[0]} through ${pick(WORDS)} ${i}`,
    topics.join('; '),
    summary,
    'Ongoing',
    grantText,
    '',
    `https://erasmus-plus.ec.europa.eu/projects/search/details/${identifier}`,
    countries,
  ];
  members.forEach((m, index) => {
    if (index > partners) return;
    cells.push(m.name, m.type, m.address, '', m.country, m.website ?? '');
  });
  while (cells.length < 19 + partners * 6) cells.push('');
  for (const _ of extras) cells.push('No');
  return cells;
}

const quote = (cell, delimiter) =>
  /[",;\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** Writes a list; returns { rows, bytes }. */
export async function generateList(
  path,
  { kind = 'ka2', projects, megabytes, drifted = false, seed = 11, first = 0 } = {},
) {
  const partners = kind === 'ka1' ? 100 : 38;
  const extras = kind === 'ka1' ? ['Is Good Practice', 'Is Success Story'] : [];
  const options = { kind, partners, extras, drifted, pool: organisationPool(seed, kind === 'ka1' ? 4000 : 400), seed };
  const delimiter = drifted ? ';' : ',';
  const out = createWriteStream(path);
  const write = (text) => new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  let bytes = 0;
  const line = (cells) => cells.map((cell) => quote(cell, delimiter)).join(delimiter) + '\r\n';
  const head = '\uFEFF' + line(headers(options));
  await write(head);
  bytes += Buffer.byteLength(head);
  let rows = 0;
  const limit = megabytes ? megabytes * 1024 * 1024 : Infinity;
  while ((projects === undefined || rows < projects) && bytes < limit) {
    const text = line(projectRow(first + rows, options));
    await write(text);
    bytes += Buffer.byteLength(text);
    rows++;
  }
  await new Promise((resolve) => out.end(resolve));
  return { rows, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const result = await generateList(args[0], {
    kind: value('--kind') ?? 'ka2',
    projects: value('--projects') ? Number(value('--projects')) : undefined,
    megabytes: value('--mb') ? Number(value('--mb')) : undefined,
    drifted: args.includes('--drifted'),
    first: value('--first') ? Number(value('--first')) : 0,
  });
  console.log(JSON.stringify(result));
}
