/**
 * Generic organisation names: "Primary School No 3", "Szkoła Podstawowa nr 5", "Municipality of …".
 * Many organisations share them, so a name alone never joins two sightings: the town (or, without
 * one, the same street address) must agree too.
 */
import { normaliseName } from '../dedupe';

/** Words of institutions that exist in every town, in the programme's languages (folded). */
const INSTITUTION_WORDS = [
  'school', 'schools', 'primary', 'secondary', 'kindergarten', 'nursery', 'lyceum', 'gymnasium', 'college',
  'schule', 'grundschule', 'gesamtschule', 'realschule', 'gymnasium', 'kindergarten', 'volksschule', 'hauptschule',
  'ecole', 'college', 'lycee', 'scuola', 'istituto', 'comprensivo', 'liceo', 'circolo', 'didattico', 'escuela',
  'colegio', 'instituto', 'ies', 'ceip', 'cra', 'cepa', 'escola', 'agrupamento', 'szkola', 'podstawowa',
  'zespol', 'szkol', 'liceum', 'gimnazjum', 'przedszkole', 'skola', 'zakladna', 'stredni', 'zakladni', 'gimnazija',
  'osnovna', 'srednja', 'scoala', 'gimnaziala', 'liceul', 'colegiul', 'gradinita', 'okul', 'okulu', 'ilkokulu',
  'ortaokulu', 'lisesi', 'anaokulu', 'iskola', 'altalanos', 'gimnazium', 'koolis', 'mokykla', 'gimnazija',
  'pamatskola', 'vidusskola', 'dimotiko', 'gymnasio', 'lykeio', 'skole', 'skola', 'koulu', 'basisschool',
  'municipality', 'municipal', 'city', 'town', 'commune', 'comune', 'municipio', 'ayuntamiento', 'concello',
  'ajuntament', 'gmina', 'miasto', 'urzad', 'gemeinde', 'stadt', 'stadtverwaltung', 'mairie', 'ville', 'obec',
  'mesto', 'opcina', 'grad', 'belediyesi', 'dimos', 'kommune', 'kunta', 'primaria', 'primarie', 'oras',
  'council', 'library', 'biblioteka', 'bibliothek', 'biblioteca', 'bibliotheque', 'kutuphanesi',
];
const INSTITUTIONS = new Set(INSTITUTION_WORDS);

/** True when the name is one many organisations share (a school, a town hall) or nearly empty. */
export function isGenericName(name: string): boolean {
  const words = normaliseName(name).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  if (words.some((word) => INSTITUTIONS.has(word))) return true;
  // "No 3", "12": too little left to tell organisations apart.
  return words.filter((word) => !/^\d+$/.test(word) && word.length > 2).length === 0;
}
