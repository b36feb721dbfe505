/**
 * Realistic generated pipelines for the 10,000-organisation benchmark (scripts/bench-pipeline.ts).
 * Pure and seeded (same seed, same data); uses the project's own identity functions so stored
 * records carry `nameKey` / `domain` / `platformIds` / `sourceUrls` exactly as the extension
 * computes them. Node callers validate the result with the zod schemas (lib/domain/model.ts).
 *
 * What an organisation looks like: a name in its country's language (diacritics, Greek and
 * Cyrillic scripts included), city, type, often a website, OID and/or PIC, one or two platform
 * sources (OTLAS, EPALE, ESEP, eTwinning, PRP) with what was read there, sometimes a contact,
 * a description or a past project; ~550 bytes of JSON on average. Its pipeline entry has a stage,
 * tags, sometimes notes and a follow-up date, and a history consistent with the stage.
 */
import { withIdentityKeys } from '../lib/domain/dedupe';
import { canonicalUrl, platformIdsOf } from '../lib/domain/identity';
import type { ExtractedOrganisation, Organisation, PastProject, PipelineEntry, Source } from '../lib/domain/model';

export interface GeneratedPipeline {
  organisations: Organisation[];
  pipeline: PipelineEntry[];
}

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Locale {
  country: string;
  lang: string;
  tld: string;
  cities: string[];
  /** {w}: a word of `words`, {c}: a city, {n}: a number. */
  forms: string[];
  words: string[];
  people: string[];
  note: string[];
}

const LOCALES: Locale[] = [
  {
    country: 'PL',
    lang: 'pl',
    tld: 'pl',
    cities: [
      'Łódź',
      'Kraków',
      'Wrocław',
      'Gdańsk',
      'Poznań',
      'Białystok',
      'Rzeszów',
      'Częstochowa',
      'Zielona Góra',
      'Bielsko-Biała',
    ],
    forms: [
      'Stowarzyszenie {w}',
      'Fundacja {w}',
      'Szkoła Podstawowa nr {n} w {c}',
      'Zespół Szkół nr {n} w {c}',
      'Uniwersytet Trzeciego Wieku {w}',
      'Młodzieżowy Dom Kultury {w}',
    ],
    words: [
      'Młodzi Razem',
      'Krok Dalej',
      'Wiedza bez Granic',
      'Zielona Przyszłość',
      'Otwarte Drzwi',
      'Równe Szanse',
      'Źródło',
      'Żywa Pamięć',
      'Nasza Wieś',
      'Kreatywna Ścieżka',
      'Most Pokoleń',
      'Słoneczna Dolina',
    ],
    people: ['Zofia Wójcik', 'Łukasz Kowalczyk', 'Małgorzata Dąbrowska', 'Paweł Żak'],
    note: ['Rozmowa z koordynatorką — zainteresowani KA220', 'Mają doświadczenie z wolontariatem'],
  },
  {
    country: 'DE',
    lang: 'de',
    tld: 'de',
    cities: [
      'München',
      'Köln',
      'Düsseldorf',
      'Nürnberg',
      'Lübeck',
      'Göttingen',
      'Würzburg',
      'Leipzig',
      'Saarbrücken',
      'Jena',
    ],
    forms: [
      '{w} e.V.',
      'Verein für Jugendarbeit {c} e.V.',
      'Volkshochschule {c}',
      'Gymnasium {w}',
      'Stiftung {w} gGmbH',
      'Berufskolleg {c}-{w}',
    ],
    words: [
      'Brückenschlag',
      'Zukunftswerkstatt',
      'Grüne Wege',
      'Miteinander',
      'Weltoffen',
      'Lernwerk',
      'Jugendförderung Süd',
      'Begegnung',
      'Übergänge',
      'Lindenhof',
      'Schöne Aussicht',
    ],
    people: ['Jürgen Müller', 'Anke Schäfer', 'Björn Weiß', 'Sören Kühn'],
    note: ['Treffen auf der Kontaktseminar in Graz', 'Wollen Partner für KA210-YOU'],
  },
  {
    country: 'AT',
    lang: 'de',
    tld: 'at',
    cities: ['Wien', 'Graz', 'Linz', 'Salzburg', 'Innsbruck', 'Klagenfurt', 'Villach', 'Wels'],
    forms: [
      '{w} – Verein für Bildung',
      'Jugendzentrum {c}',
      'Volkshochschule {c}',
      'Bundesrealgymnasium {c} {w}',
      'Verein {w}',
    ],
    words: [
      'Österreichische Jugendinitiative',
      'Bunte Brücken',
      'Lernräume',
      'Zusammenhalt',
      'Bergwärts',
      'Gemeinsam Stärker',
      'Weitblick',
      'Aufbruch',
    ],
    people: ['Florian Gruber', 'Theresa Höller', 'Matthias Pöschl'],
    note: ['Sehr gute Erfahrung mit Jugendbegegnungen'],
  },
  {
    country: 'FR',
    lang: 'fr',
    tld: 'fr',
    cities: [
      'Besançon',
      'Orléans',
      'Nîmes',
      'Saint-Étienne',
      'Angoulême',
      'Évreux',
      'Montbéliard',
      'Béziers',
      'Lyon',
      'Périgueux',
    ],
    forms: [
      'Association {w}',
      'Lycée professionnel {w}',
      'Collège {w} de {c}',
      'Maison des jeunes et de la culture de {c}',
      'Fédération {w}',
      'Centre social {w}',
    ],
    words: [
      'Élan Solidaire',
      'Les Petits Débrouillards',
      'Horizons Européens',
      'Ensemble Demain',
      'Passerelles',
      'Graines de Citoyens',
      'Réseau Écoute',
      'Cœur de Ville',
      'Jeunesse et Avenir',
      'Les Écluses',
    ],
    people: ['Hélène Lefèvre', 'François Gérard', 'Cécile Bézier', 'Jérôme Noël'],
    note: ['Échange de courriels — ils répondent vite', 'Projet inclusion numérique en cours'],
  },
  {
    country: 'BE',
    lang: 'fr',
    tld: 'be',
    cities: ['Liège', 'Namur', 'Gent', 'Leuven', 'Mons', 'Brugge', 'Charleroi', 'Antwerpen'],
    forms: ['{w} ASBL', '{w} vzw', 'Athénée royal de {c}', 'Jeugdhuis {w}', 'Centre culturel de {c}'],
    words: [
      'Infor Jeunes',
      'Samenleving in Beweging',
      'Ouverture',
      'De Brug',
      'Les Ateliers du Soleil',
      'Jeunes Créateurs',
      'Vrije Tijd',
      'Éducation Permanente',
    ],
    people: ['Marie Dubois', 'Pieter Janssens', 'Anaïs Lambert'],
    note: ['Contact via EPALE, très motivés'],
  },
  {
    country: 'ES',
    lang: 'es',
    tld: 'es',
    cities: [
      'Zaragoza',
      'Málaga',
      'Córdoba',
      'León',
      'Cádiz',
      'Logroño',
      'Cáceres',
      'Alcalá de Henares',
      'Valencia',
      'Jaén',
    ],
    forms: [
      'Asociación {w}',
      'IES {w}',
      'CEIP {w} de {c}',
      'Fundación {w}',
      'Ayuntamiento de {c}',
      'Asociación Juvenil {w}',
    ],
    words: [
      'Jóvenes por el Cambio',
      'Camino Abierto',
      'Educación sin Fronteras',
      'La Tejedora',
      'Río Ebro',
      'Alegría Compartida',
      'Mañana Verde',
      'Puente Solidario',
      'Montaña Viva',
      'Cultura Común',
    ],
    people: ['José Martínez', 'María Fernández', 'Íñigo Muñoz', 'Begoña Núñez'],
    note: ['Hablamos por videollamada — buen encaje', 'Interesados en movilidad de alumnado KA122'],
  },
  {
    country: 'IT',
    lang: 'it',
    tld: 'it',
    cities: ['Forlì', 'Cantù', 'Bologna', 'Napoli', 'Perugia', 'Lecce', 'Trieste', 'Cagliari', 'Matera', 'Brescia'],
    forms: [
      'Associazione {w} APS',
      'Istituto Comprensivo {w}',
      'Liceo Scientifico {w} di {c}',
      'Cooperativa Sociale {w}',
      'Comune di {c}',
      '{w} ODV',
    ],
    words: [
      'Giovani in Cammino',
      'Città Aperta',
      'Ponti di Carta',
      'Libertà e Partecipazione',
      'Il Girasole',
      'Terra Nostra',
      'Più Europa',
      'Spazio Comune',
      'Nuove Rotte',
    ],
    people: ['Giulia Rossi', 'Niccolò Esposito', 'Chiara Lucà', 'Andrea Benedetti'],
    note: ['Già partner in un KA220-SCH, affidabili'],
  },
  {
    country: 'PT',
    lang: 'pt',
    tld: 'pt',
    cities: ['Porto', 'Braga', 'Évora', 'Coimbra', 'Guimarães', 'Setúbal', 'Faro', 'Viseu'],
    forms: [
      'Associação {w}',
      'Escola Secundária {w}',
      'Agrupamento de Escolas de {c}',
      'Cooperativa {w}',
      'Câmara Municipal de {c}',
    ],
    words: [
      'Juventude em Ação',
      'Coração Aberto',
      'Caminhos Comuns',
      'Sementes de Futuro',
      'Educação Solidária',
      'Mãos Unidas',
      'Ponte Jovem',
      'Luz do Norte',
    ],
    people: ['João Gonçalves', 'Inês Araújo', 'Conceição Simões'],
    note: ['Responderam em dois dias — querem coordenar'],
  },
  {
    country: 'RO',
    lang: 'ro',
    tld: 'ro',
    cities: ['Cluj-Napoca', 'Iași', 'Timișoara', 'Brașov', 'Constanța', 'Târgu Mureș', 'Pitești', 'Bistrița'],
    forms: [
      'Asociația {w}',
      'Fundația {w}',
      'Liceul Teoretic {w} {c}',
      'Școala Gimnazială nr. {n} {c}',
      'Centrul de Tineret {c}',
    ],
    words: [
      'Tineri pentru Comunitate',
      'Pași Mici',
      'Educație și Speranță',
      'Viitor Verde',
      'Împreună',
      'Punți Culturale',
      'Dăruiește Zâmbete',
      'Țara Noastră',
    ],
    people: ['Andreea Popescu', 'Mihai Ștefănescu', 'Ioana Răducanu'],
    note: ['Au experiență cu proiecte de incluziune'],
  },
  {
    country: 'HU',
    lang: 'hu',
    tld: 'hu',
    cities: ['Győr', 'Pécs', 'Debrecen', 'Szeged', 'Miskolc', 'Kecskemét', 'Székesfehérvár', 'Nyíregyháza'],
    forms: [
      '{w} Egyesület',
      '{w} Alapítvány',
      '{c}i {w} Gimnázium',
      '{c} Város Önkormányzata',
      '{w} Ifjúsági Egyesület',
    ],
    words: [
      'Zöld Jövő',
      'Híd a Nemzedékek Között',
      'Tudásház',
      'Együtt Könnyebb',
      'Ifjúsági Műhely',
      'Nyitott Kapu',
      'Fényes Út',
      'Közösségi Kör',
    ],
    people: ['Bálint Kovács', 'Zsófia Szűcs', 'Gergő Tóth'],
    note: ['Szívesen csatlakoznak partnerként'],
  },
  {
    country: 'CZ',
    lang: 'cs',
    tld: 'cz',
    cities: [
      'Brno',
      'Plzeň',
      'Olomouc',
      'České Budějovice',
      'Hradec Králové',
      'Ústí nad Labem',
      'Liberec',
      'Pardubice',
    ],
    forms: ['{w}, z.s.', 'Základní škola {w} {c}', 'Gymnázium {c}', 'Spolek {w}', '{w}, o.p.s.'],
    words: [
      'Mladí Přátelé Přírody',
      'Cesta Ven',
      'Škola Hrou',
      'Společně',
      'Živá Paměť',
      'Nová Šance',
      'Rodinné Centrum Klubíčko',
      'Duhová Stezka',
    ],
    people: ['Tereza Dvořáková', 'Jiří Černý', 'Kateřina Růžičková'],
    note: ['Zkušení s výměnami mládeže'],
  },
  {
    country: 'SK',
    lang: 'sk',
    tld: 'sk',
    cities: ['Košice', 'Žilina', 'Banská Bystrica', 'Prešov', 'Nitra', 'Trenčín'],
    forms: ['Občianske združenie {w}', 'Gymnázium {c}', 'Základná škola {w}', 'Nadácia {w}'],
    words: ['Mládež pre Európu', 'Ďalší Krok', 'Živé Mesto', 'Spoločná Cesta', 'Škola Dokorán', 'Zelený Svet'],
    people: ['Ľubica Horváthová', 'Ján Šťastný'],
    note: ['Majú skúsenosti s KA210'],
  },
  {
    country: 'TR',
    lang: 'tr',
    tld: 'com.tr',
    cities: ['İzmir', 'Eskişehir', 'Gaziantep', 'Muğla', 'Çanakkale', 'Şanlıurfa', 'Kırşehir', 'Erzurum', 'Ağrı'],
    forms: [
      '{w} Derneği',
      '{c} {w} Anadolu Lisesi',
      '{c} Halk Eğitim Merkezi',
      '{w} Vakfı',
      '{c} Gençlik Merkezi',
      '{w} İlkokulu',
    ],
    words: [
      'Genç Köprüler',
      'Umut Işığı',
      'Yeşil Gelecek',
      'Gençlik ve Kültür',
      'Birlikte Öğrenelim',
      'Ufuk',
      'Çınar',
      'Doğa Dostları',
      'Atatürk',
      'Gül Bahçesi',
    ],
    people: ['Ayşe Yılmaz', 'Mehmet Öztürk', 'Gülşen Çelik', 'Barış Doğan'],
    note: ['Çok hızlı cevap verdiler, KA220 için istekliler'],
  },
  {
    country: 'GR',
    lang: 'el',
    tld: 'gr',
    cities: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Ιωάννινα', 'Καλαμάτα', 'Βόλος'],
    forms: ['Σύλλογος {w}', '{n}ο Γυμνάσιο {c}', '{n}ο Δημοτικό Σχολείο {c}', 'Κέντρο Νεότητας {w}', 'Δήμος {c}'],
    words: [
      'Νέοι για την Ευρώπη',
      'Γέφυρες',
      'Ελπίδα',
      'Πράσινο Μέλλον',
      'Αλληλεγγύη',
      'Ορίζοντες',
      'Φάρος',
      'Κοινότητα',
    ],
    people: ['Γιώργος Παπαδόπουλος', 'Ελένη Κωνσταντίνου', 'Δημήτρης Νικολάου'],
    note: ['Συναντηθήκαμε σε σεμινάριο επαφών'],
  },
  {
    country: 'BG',
    lang: 'bg',
    tld: 'bg',
    cities: ['София', 'Пловдив', 'Варна', 'Бургас', 'Русе', 'Стара Загора', 'Велико Търново'],
    forms: ['Сдружение „{w}“', 'Фондация „{w}“', '{n}. СУ „{w}“ {c}', 'Община {c}', 'Младежки център {c}'],
    words: ['Млади Лидери', 'Мост', 'Бъдеще', 'Заедно', 'Зелена Европа', 'Надежда', 'Знание', 'Слънчоглед'],
    people: ['Мария Иванова', 'Георги Петров', 'Цветелина Димитрова'],
    note: ['Имат опит с младежки обмени'],
  },
  {
    country: 'LT',
    lang: 'lt',
    tld: 'lt',
    cities: ['Kaunas', 'Vilnius', 'Klaipėda', 'Šiauliai', 'Panevėžys', 'Alytus'],
    forms: ['Asociacija „{w}“', '{c} {w} gimnazija', 'VšĮ „{w}“', '{c} jaunimo centras'],
    words: ['Jaunimo Žingsnis', 'Šviesa', 'Ąžuolas', 'Bendrystė', 'Žalioji Ateitis', 'Vilties Tiltas'],
    people: ['Rūta Kazlauskienė', 'Mindaugas Žukauskas'],
    note: ['Nori būti partneriais KA220'],
  },
  {
    country: 'LV',
    lang: 'lv',
    tld: 'lv',
    cities: ['Rīga', 'Daugavpils', 'Liepāja', 'Jelgava', 'Cēsis'],
    forms: ['Biedrība „{w}“', '{c} {w} vidusskola', 'Nodibinājums „{w}“'],
    words: ['Jauniešu Tilts', 'Zaļā Nākotne', 'Kopā', 'Gaismas Ceļš', 'Izglītība Visiem'],
    people: ['Līga Bērziņa', 'Jānis Ozoliņš'],
    note: ['Pieredze ar jauniešu apmaiņām'],
  },
  {
    country: 'EE',
    lang: 'et',
    tld: 'ee',
    cities: ['Tartu', 'Tallinn', 'Pärnu', 'Viljandi', 'Võru', 'Jõhvi'],
    forms: ['MTÜ {w}', '{c} {w} Gümnaasium', 'Sihtasutus {w}', '{c} Noortekeskus'],
    words: ['Noorte Sõprus', 'Rohelised Jäljed', 'Õpiring', 'Koos Edasi', 'Päikesekiir', 'Mõttekoda'],
    people: ['Kädi Tamm', 'Märt Saar'],
    note: ['Väga kogenud partnerid'],
  },
  {
    country: 'SE',
    lang: 'sv',
    tld: 'se',
    cities: ['Göteborg', 'Malmö', 'Västerås', 'Örebro', 'Linköping', 'Jönköping', 'Umeå', 'Norrköping'],
    forms: ['Föreningen {w}', '{c} Folkhögskola', '{w}skolan i {c}', 'Studieförbundet {w}', '{c} kommun'],
    words: [
      'Ungdomens Röst',
      'Gröna Vägar',
      'Tillsammans',
      'Bryggan',
      'Framtidsverkstan',
      'Öppna Dörrar',
      'Kunskapsnätet',
    ],
    people: ['Åsa Lindström', 'Björn Åkesson', 'Märta Öberg'],
    note: ['Vill ha en partner i Sydeuropa'],
  },
  {
    country: 'FI',
    lang: 'fi',
    tld: 'fi',
    cities: ['Jyväskylä', 'Tampere', 'Hämeenlinna', 'Oulu', 'Seinäjoki', 'Kuopio', 'Lappeenranta'],
    forms: ['{w} ry', '{c}n {w} lukio', '{c}n kaupunki', 'Nuorisoseura {w} ry', '{c}n kansalaisopisto'],
    words: [
      'Nuorten Ääni',
      'Yhdessä Eteenpäin',
      'Vihreä Polku',
      'Sillanrakentajat',
      'Tulevaisuuden Tekijät',
      'Kylätalo',
    ],
    people: ['Päivi Mäkinen', 'Jyrki Häkkinen'],
    note: ['Kiinnostuneita digitaalisesta nuorisotyöstä'],
  },
  {
    country: 'DK',
    lang: 'da',
    tld: 'dk',
    cities: ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Køge', 'Næstved'],
    forms: ['Foreningen {w}', '{c} Højskole', '{w} Efterskole', '{c} Kommune'],
    words: ['Ungdommens Stemme', 'Grøn Fremtid', 'Fællesskab', 'Brobyggerne', 'Åbne Døre'],
    people: ['Søren Jørgensen', 'Mette Kjær'],
    note: ['God erfaring med ungdomsudvekslinger'],
  },
  {
    country: 'HR',
    lang: 'hr',
    tld: 'hr',
    cities: ['Zagreb', 'Split', 'Rijeka', 'Osijek', 'Zadar', 'Čakovec', 'Šibenik'],
    forms: ['Udruga {w}', 'Osnovna škola {w}', 'Gimnazija {c}', 'Grad {c}', 'Centar za mlade {c}'],
    words: ['Mladi za Mlade', 'Zelena Budućnost', 'Korak Naprijed', 'Šareni Most', 'Đački Dom', 'Žuta Kuća'],
    people: ['Ivana Horvat', 'Luka Kovačević', 'Đurđica Babić'],
    note: ['Iskustvo s projektima razmjene mladih'],
  },
  {
    country: 'SI',
    lang: 'sl',
    tld: 'si',
    cities: ['Ljubljana', 'Maribor', 'Celje', 'Kranj', 'Koper', 'Novo Mesto'],
    forms: ['Društvo {w}', 'Zavod {w}', 'Osnovna šola {w}', 'Gimnazija {c}', 'Mladinski center {c}'],
    words: ['Mladi Zmaji', 'Zeleni Korak', 'Skupaj Naprej', 'Čebelica', 'Svetilnik', 'Žarek'],
    people: ['Špela Kovač', 'Matej Žagar'],
    note: ['Zanimajo jih projekti KA210'],
  },
  {
    country: 'NL',
    lang: 'nl',
    tld: 'nl',
    cities: ['Utrecht', 'Groningen', 'Eindhoven', "'s-Hertogenbosch", 'Zwolle', 'Leeuwarden'],
    forms: ['Stichting {w}', 'Vereniging {w}', '{w} College', 'Gemeente {c}', 'Jongerencentrum {c}'],
    words: [
      'Jong Europa',
      'Samen Verder',
      'De Verbinding',
      'Groene Toekomst',
      'Leerwerkplaats',
      'Coöperatie IJsselkracht',
    ],
    people: ['Sanne de Vries', 'Joël van den Berg'],
    note: ['Ervaren coördinator, reageren snel'],
  },
  {
    country: 'IE',
    lang: 'en',
    tld: 'ie',
    cities: ['Galway', 'Cork', 'Limerick', 'Sligo', 'Dún Laoghaire', 'Kilkenny'],
    forms: ['{w} Youth Project', '{c} Education and Training Board', '{w} Community College', '{w} CLG', 'Foróige {c}'],
    words: [
      'Bridges',
      'Youth Work Ireland',
      'New Horizons',
      'Gaelscoil Uí Riada',
      'Ógra',
      'Open Doors',
      'Green Schools',
    ],
    people: ["Siobhán O'Brien", 'Seán Ó Súilleabháin'],
    note: ['Met at a contact seminar in Dublin'],
  },
];

const TYPES = [
  'NGO',
  'School',
  'Youth organisation',
  'Adult education provider',
  'Public body',
  'Higher education institution',
  'Social enterprise',
  'Foundation',
];
const TAGS = [
  'youth',
  'inclusion',
  'digital',
  'green',
  'ka210',
  'ka220',
  'school',
  'adult-ed',
  'sport',
  'rural',
  'seniors',
  'vet',
  'arts',
  'disability',
];
const STAGE_WEIGHTS: [string, number][] = [
  ['to-contact', 40],
  ['contacted', 25],
  ['replied', 12],
  ['in-discussion', 10],
  ['confirmed', 5],
  ['not-a-fit', 8],
];
const STAGE_ORDER = ['to-contact', 'contacted', 'replied', 'in-discussion', 'confirmed'];
const STAGE_NAMES: Record<string, string> = {
  'to-contact': 'To contact',
  contacted: 'Contacted',
  replied: 'Replied',
  'in-discussion': 'In discussion',
  confirmed: 'Confirmed',
  'not-a-fit': 'Not a fit',
};
const SHARED_SITES = [
  'https://www.facebook.com/{s}',
  'https://sites.google.com/view/{s}',
  'https://{s}.wixsite.com/home',
];
const ENGLISH_NOTES = [
  'Sent our project idea, waiting for an answer.',
  'Call on Tuesday went well — they want to be a partner.',
  'Asked for their PIC and the mandate.',
  'Too small for a KA220 but fine for KA210.',
  'Replied in English, contact is the international coordinator.',
];
const ACTIONS = ['KA210-YOU', 'KA220-SCH', 'KA220-ADU', 'KA122-SCH', 'KA152-YOU', 'KA220-VET'];

const TRANSLIT: Record<string, string> = {
  α: 'a',
  ά: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  έ: 'e',
  ζ: 'z',
  η: 'i',
  ή: 'i',
  θ: 'th',
  ι: 'i',
  ί: 'i',
  ϊ: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  ό: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  ύ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ώ: 'o',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
};

/** "Stowarzyszenie „Młodzi Razem”" → "stowarzyszenie-mlodzi-razem" (Greek and Cyrillic transliterated). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\u0000-\u007f]/g, (c) => TRANSLIT[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export interface GenerateOptions {
  seed?: number;
  /** Prefix of generated ids (keep apart the data of two generators). */
  idPrefix?: string;
  /** Offset of the counters that make OIDs, PICs and platform profile numbers unique. */
  keyOffset?: number;
  /** Dates are spread over the two years before this time (ISO). */
  now?: number;
}

/** n organisations with their pipeline entries; every exact identity key is unique. */
export function generatePipeline(n: number, options: GenerateOptions = {}): GeneratedPipeline {
  const { seed = 1, idPrefix = 'org', keyOffset = 0, now = Date.UTC(2025, 5, 1) } = options;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const names = new Set<string>();
  const domains = new Set<string>();
  const organisations: Organisation[] = [];
  const pipeline: PipelineEntry[] = [];
  const day = 86_400_000;
  const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  for (let i = 0; i < n; i += 1) {
    const key = keyOffset + i;
    const locale = LOCALES[Math.floor(Math.pow(random(), 1.3) * LOCALES.length)]!;
    const city = pick(locale.cities);
    let name = '';
    for (let attempt = 0; attempt < 30 && (!name || names.has(`${locale.country}|${name}`)); attempt += 1) {
      name = pick(locale.forms)
        .replace('{w}', pick(locale.words))
        .replace('{c}', pick(locale.cities))
        .replace('{n}', String(1 + Math.floor(random() * 60)));
      if (attempt >= 10) name = `${name} ${pick(locale.cities)}`;
      if (attempt >= 20) name = `${name} ${attempt}`;
    }
    names.add(`${locale.country}|${name}`);
    const slug = slugify(name) || `org-${key}`;
    const id = `${idPrefix}-${seed}-${String(i).padStart(6, '0')}`;

    const created = now - Math.floor(random() * 730) * day - Math.floor(random() * day);
    const updated = chance(0.6) ? Math.min(now, created + Math.floor(random() * 120) * day) : created;

    // Where it was saved from: one platform, sometimes a second one.
    const origin = pick([
      'otlas',
      'otlas',
      'otlas',
      'epale',
      'epale',
      'esep',
      'esep',
      'etwinning',
      'prp',
      'prp',
    ] as const);
    const oid = origin === 'prp' || chance(0.5) ? `E1${String(key).padStart(7, '0')}` : undefined;
    const pic = chance(0.3) ? String(900_000_000 + key) : undefined;
    const websiteKind = random();
    let domainOf: string | undefined;
    if (websiteKind < 0.62) {
      const base = slug.slice(0, 28).replace(/-+$/, '');
      domainOf = `${base}.${locale.tld}`;
      if (domains.has(domainOf)) domainOf = `${base}-${slugify(city).slice(0, 12)}.${locale.tld}`;
      if (domains.has(domainOf)) domainOf = `${base}${key}.${locale.tld}`;
      domains.add(domainOf);
    }
    const website = domainOf
      ? `https://${chance(0.7) ? 'www.' : ''}${domainOf}/`
      : websiteKind < 0.72
        ? pick(SHARED_SITES).replace('{s}', slug.slice(0, 24))
        : undefined;
    const type = pick(TYPES);
    const fields: ExtractedOrganisation = {
      name,
      country: locale.country,
      ...(chance(0.92) ? { city } : {}),
      ...(chance(0.6) ? { type } : {}),
      ...(website ? { website } : {}),
      ...(domainOf && chance(0.35)
        ? { email: `${pick(['info', 'kontakt', 'office', 'contact', 'projects'])}@${domainOf}` }
        : {}),
      ...(oid ? { oid } : {}),
      ...(pic ? { pic } : {}),
    };

    const sources: Source[] = [];
    const platformIds: string[] = [];
    const addSource = (from: typeof origin, at: number) => {
      let url: string;
      let pageType: Source['pageType'];
      let profileUrl: string | undefined;
      let extra: Partial<ExtractedOrganisation> = {};
      if (from === 'otlas') {
        profileUrl = `https://www.salto-youth.net/tools/otlas-partner-finding/organisation/${slug.slice(0, 32)}.${10_000 + key}/`;
        const isRequest = chance(0.5);
        url = isRequest
          ? `https://www.salto-youth.net/tools/otlas-partner-finding/project/${pick(['youth-voices', 'green-steps', 'digital-bridges', 'inclusion-now'])}-${key}.${30_000 + key}/`
          : profileUrl;
        pageType = isRequest ? 'partner-request' : 'organisation';
        if (isRequest) extra = { role: 'applicant' };
      } else if (from === 'epale') {
        profileUrl = `https://epale.ec.europa.eu/${locale.lang}/organisations/${slug.slice(0, 32)}-${key}`;
        url = profileUrl;
        pageType = 'organisation';
      } else if (from === 'esep') {
        profileUrl = `https://school-education.ec.europa.eu/${locale.lang}/connect/schools-organisations/${slug.slice(0, 32)}-${key}`;
        url = profileUrl;
        pageType = 'organisation';
      } else if (from === 'etwinning') {
        profileUrl = `https://school-education.ec.europa.eu/en/etwinning/schools/${2_000_000 + key}`;
        url = profileUrl;
        pageType = 'organisation';
      } else {
        url = `https://erasmus-plus.ec.europa.eu/projects/search/details/${2020 + (key % 5)}-1-${locale.country}01-${pick(ACTIONS)}-${String(key).padStart(9, '0')}`;
        pageType = 'project';
        extra = { role: chance(0.3) ? 'coordinator' : 'partner' };
      }
      // What the page stated (the details beyond these are on the organisation).
      const extracted: ExtractedOrganisation = {
        name,
        country: locale.country,
        ...(fields.city ? { city: fields.city } : {}),
        ...(from === 'prp' && oid ? { oid } : {}),
        ...extra,
        ...(profileUrl ? { profileUrl } : {}),
      };
      sources.push({ origin: from, url, pageType, savedAt: iso(at), extracted, warnings: [] });
      platformIds.push(...platformIdsOf({ ...(profileUrl ? { profileUrl } : {}) }));
    };
    addSource(origin, created);
    if (chance(0.08)) addSource(origin === 'prp' ? 'epale' : 'prp', Math.min(now, created + 30 * day));

    const pastProjects: PastProject[] = [];
    const prp = sources.find((source) => source.origin === 'prp');
    if (prp?.url) {
      const identifier = prp.url.split('/').pop()!;
      pastProjects.push({
        identifier,
        title: `${pick(locale.words)} — ${pick(['inclusion', 'digital skills', 'green schools', 'youth participation'])}`,
        url: prp.url,
        action: identifier.split('-').slice(3, 5).join('-'),
        callYear: Number(identifier.slice(0, 4)),
        ...(prp.extracted.role ? { role: prp.extracted.role } : {}),
      });
    }

    const organisation: Organisation = withIdentityKeys({
      id,
      ...fields,
      ...(chance(0.12)
        ? {
            description: `${pick(['Youth exchanges', 'Adult learning', 'School partnerships', 'Vocational training', 'Volunteering'])}, ${pick(['inclusion', 'digital skills', 'climate', 'democracy', 'arts'])}.`,
          }
        : {}),
      platformIds,
      sourceUrls: [...new Set(sources.map((source) => canonicalUrl(source.url!)))],
      sources,
      contacts: chance(0.15)
        ? [
            {
              id: `c-${key}`,
              name: pick(locale.people),
              ...(chance(0.5) ? { role: pick(['Project coordinator', 'Headteacher', 'International officer']) } : {}),
            },
          ]
        : [],
      ...(pastProjects.length ? { pastProjects } : {}),
      createdAt: iso(created),
      updatedAt: iso(updated),
    });
    delete (organisation as { role?: string }).role;
    organisations.push(organisation);

    // The pipeline entry: a stage reached step by step, tags, notes, follow-ups.
    let roll = random() * 100;
    let stageId = STAGE_WEIGHTS[0]![0];
    for (const [stage, weight] of STAGE_WEIGHTS) {
      if ((roll -= weight) < 0) {
        stageId = stage;
        break;
      }
    }
    const history: PipelineEntry['history'] = [
      {
        at: iso(created),
        kind: 'saved',
        text: `Saved from ${origin === 'prp' ? 'Project Results Platform' : origin.toUpperCase()}`,
      },
    ];
    const steps =
      stageId === 'not-a-fit'
        ? ['to-contact', 'contacted', 'not-a-fit']
        : STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(stageId) + 1);
    let at = created;
    for (let s = 1; s < steps.length; s += 1) {
      at = Math.min(now, at + (1 + Math.floor(random() * 14)) * day);
      history.push({
        at: iso(at),
        kind: 'stage',
        text: `${STAGE_NAMES[steps[s - 1]!]} → ${STAGE_NAMES[steps[s]!]}`,
        stageId: steps[s]!,
      });
    }
    const notes: PipelineEntry['notes'] = [];
    if (chance(0.3)) {
      const count = chance(0.3) ? 2 : 1;
      for (let k = 0; k < count; k += 1) {
        at = Math.min(now, at + day);
        notes.push({ id: `n-${key}-${k}`, at: iso(at), text: chance(0.5) ? pick(locale.note) : pick(ENGLISH_NOTES) });
        history.push({ at: iso(at), kind: 'note' });
      }
    }
    const followUp =
      stageId !== 'not-a-fit' && stageId !== 'to-contact' && chance(0.3)
        ? isoDate(now + (Math.floor(random() * 90) - 30) * day)
        : undefined;
    const tagCount = chance(0.55) ? 1 + Math.floor(random() * 3) : 0;
    pipeline.push({
      orgId: id,
      stageId,
      tags: [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))],
      notes,
      ...(followUp ? { nextFollowUp: followUp } : {}),
      history,
      updatedAt: iso(Math.max(updated, at)),
    });
  }
  return { organisations, pipeline };
}

/**
 * What another browser's backup of the same partners looks like: the same organisations under
 * other ids (found again through their OID, PIC or platform profile), some with a field the user
 * filled or changed there, another page saved, another note or stage.
 */
export function duplicatesOf(
  data: GeneratedPipeline,
  options: { seed?: number; idPrefix?: string; now?: number } = {},
): GeneratedPipeline {
  const { seed = 99, idPrefix = 'dup', now = Date.UTC(2025, 5, 1) } = options;
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const organisations: Organisation[] = [];
  const pipeline: PipelineEntry[] = [];
  const at = new Date(now).toISOString();
  data.organisations.forEach((original, i) => {
    const id = `${idPrefix}-${seed}-${String(i).padStart(6, '0')}`;
    const roll = random();
    let organisation: Organisation = { ...original, id };
    // ~40 % as they were, ~30 % with more (a filled field, a second page), ~30 % with a different value.
    if (roll >= 0.4 && roll < 0.7) {
      organisation = {
        ...organisation,
        ...(organisation.region ? {} : { region: 'Region' }),
        ...(organisation.phone ? {} : { phone: `+${30 + (i % 60)} ${100_000_000 + i}` }),
        updatedAt: at,
      };
    } else if (roll >= 0.7) {
      organisation = {
        ...organisation,
        city: `${organisation.city ?? 'City'} (${['centre', 'north', 'south'][i % 3]})`,
        updatedAt: at,
      };
    }
    organisations.push(withIdentityKeys(organisation));
    const entry = data.pipeline[i]!;
    pipeline.push({
      ...entry,
      orgId: id,
      tags: chance(0.3) ? [...new Set([...entry.tags, 'imported'])] : entry.tags,
      notes: chance(0.2)
        ? [...entry.notes, { id: `n-${idPrefix}-${i}`, at, text: 'Note written in the other browser.' }]
        : entry.notes,
      updatedAt: at,
    });
  });
  return { organisations, pipeline };
}

/** Average JSON size of the records (bytes of UTF-8). */
export function averageBytes(records: unknown[]): number {
  let total = 0;
  for (const record of records) total += new TextEncoder().encode(JSON.stringify(record)).length;
  return records.length ? Math.round(total / records.length) : 0;
}
