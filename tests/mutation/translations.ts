/**
 * The suite's own label translations (not the readers' dictionary, so a gap there shows): the words
 * EU forms and the Europa Component Library use for these fields, per language. A label the table
 * does not know stays as written, as untranslated Drupal strings do on the real sites.
 */
import type { Pair } from './pairs';

type Concept = Record<string, string[]>;

/** concept → language → terms; the first term is the one written when translating into that language. */
const CONCEPTS: Concept[] = [
  {
    en: ['Organisation', 'Organization', 'Institution'],
    de: ['Organisation', 'Einrichtung'],
    fr: ['Organisation', 'Organisme'],
    it: ['Organizzazione', 'Ente'],
    pl: ['Organizacja'],
    es: ['Organización', 'Institución'],
  },
  {
    en: ['Legal name'],
    de: ['Offizieller Name'],
    fr: ['Nom légal'],
    it: ['Denominazione legale'],
    pl: ['Nazwa prawna'],
    es: ['Nombre legal'],
  },
  {
    en: ['Type of organisation', 'Organisation type', 'Type of school'],
    de: ['Art der Einrichtung'],
    fr: ["Type d'organisme", "Type d'organisation"],
    it: ['Tipo di organizzazione', 'Tipo di istituto'],
    pl: ['Typ organizacji'],
    es: ['Tipo de organización', 'Tipo de institución'],
  },
  { en: ['Country'], de: ['Land'], fr: ['Pays'], it: ['Paese'], pl: ['Kraj'], es: ['País'] },
  { en: ['City'], de: ['Stadt'], fr: ['Ville'], it: ['Città'], pl: ['Miasto'], es: ['Ciudad'] },
  { en: ['Region'], de: ['Region', 'Bundesland'], fr: ['Région'], it: ['Regione'], pl: ['Region'], es: ['Región'] },
  {
    en: ['Website'],
    de: ['Website', 'Webseite'],
    fr: ['Site internet', 'Site web'],
    it: ['Sito web'],
    pl: ['Strona internetowa'],
    es: ['Sitio web'],
  },
  {
    en: ['E-mail', 'Email'],
    de: ['E-Mail'],
    fr: ['Courriel', 'Adresse électronique'],
    it: ['E-mail'],
    pl: ['E-mail'],
    es: ['Correo electrónico'],
  },
  {
    en: ['Phone', 'Telephone'],
    de: ['Telefon'],
    fr: ['Téléphone'],
    it: ['Telefono'],
    pl: ['Telefon'],
    es: ['Teléfono'],
  },
  {
    en: ['Address'],
    de: ['Anschrift', 'Adresse'],
    fr: ['Adresse'],
    it: ['Indirizzo'],
    pl: ['Adres'],
    es: ['Dirección'],
  },
  {
    en: ['Deadline'],
    de: ['Frist'],
    fr: ['Date limite'],
    it: ['Scadenza'],
    pl: ['Termin zgłoszeń', 'Termin'],
    es: ['Fecha límite'],
  },
  {
    en: ['Action', 'Key action'],
    de: ['Aktion', 'Leitaktion'],
    fr: ['Action'],
    it: ['Azione'],
    pl: ['Akcja kluczowa', 'Akcja'],
    es: ['Acción'],
  },
  {
    en: ['Start date'],
    de: ['Beginn', 'Startdatum'],
    fr: ['Date de début'],
    it: ['Data di inizio'],
    pl: ['Data rozpoczęcia'],
    es: ['Fecha de inicio'],
  },
  {
    en: ['End date'],
    de: ['Ende', 'Enddatum'],
    fr: ['Date de fin'],
    it: ['Data di fine'],
    pl: ['Data zakończenia'],
    es: ['Fecha de finalización'],
  },
  {
    en: ['Description', 'About', 'About the organisation'],
    de: ['Beschreibung'],
    fr: ['Description'],
    it: ['Descrizione', 'Chi siamo'],
    pl: ['Opis'],
    es: ['Descripción'],
  },
  {
    en: ['Partner countries', 'Countries sought'],
    de: ['Partnerländer', 'Gesuchte Länder'],
    fr: ['Pays recherchés'],
    it: ['Paesi partner'],
    pl: ['Poszukiwane kraje'],
    es: ['Países buscados'],
  },
  {
    en: ['Subjects', 'Topics'],
    de: ['Fächer'],
    fr: ['Matières'],
    it: ['Materie'],
    pl: ['Przedmioty'],
    es: ['Asignaturas'],
  },
  {
    en: ['Sector'],
    de: ['Tätigkeitsbereich', 'Bereich'],
    fr: ['Secteur'],
    it: ['Settore'],
    pl: ['Sektor'],
    es: ['Sector'],
  },
  { en: ['Founders'], de: ['Gründer'], fr: ['Fondateurs'], it: ['Fondatori'], pl: ['Założyciele'], es: ['Fundadores'] },
  { en: ['Founder'], de: ['Gründer'], fr: ['Fondateur'], it: ['Fondatore'], pl: ['Założyciel'], es: ['Fundador'] },
  { en: ['Members'], de: ['Mitglieder'], fr: ['Membres'], it: ['Membri'], pl: ['Członkowie'], es: ['Miembros'] },
];

export const TRANSLATIONS: Record<string, true> = { de: true, it: true, pl: true, es: true, fr: true };

const fold = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The label in `to`, or undefined when the table does not know it in `from`. */
export function translateLabel(label: string, from: string, to: string): string | undefined {
  const concept = CONCEPTS.find((c) => (c[from] ?? []).some((term) => fold(term) === fold(label)));
  return concept?.[to]?.[0];
}

/** Rewrites the label text of each pair (and of section headings) in place; how many changed. */
export function translateLabels(pairs: Pair[], doc: Document, from: string, to: string): number {
  let changed = 0;
  const labelElements = pairs.map((p) => p.elements[0]!);
  const headings = Array.from(doc.body.querySelectorAll('h2, h3, h4, th, strong, b, [class*="label"]'));
  for (const el of [...labelElements, ...headings]) {
    // The label is the first text in the element (dt, th, field label, "Label:" strong or text).
    const walker = doc.createTreeWalker(el, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue ?? '';
      if (!text.trim()) continue;
      const colon = /[:：]/.exec(text);
      const label = colon ? text.slice(0, colon.index) : text;
      const translated = translateLabel(label, from, to);
      if (translated) {
        n.nodeValue = text.replace(label.trim(), translated);
        changed++;
      }
      break;
    }
  }
  return changed;
}
