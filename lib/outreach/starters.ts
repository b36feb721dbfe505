/**
 * Starter templates, one per language: a short, specific first message about one project idea
 * (the advice users give: a concrete idea and call, not a vague request). Plain text, data —
 * not UI strings: the message is in the partner's language, whatever the user's browser speaks.
 * The user adapts them; a copy they save becomes their own template.
 */
import type { OutreachTemplate } from '../domain/model';

export type StarterTemplate = Pick<OutreachTemplate, 'id' | 'name' | 'language' | 'subject' | 'body'>;

const starter = (language: string, name: string, subject: string, body: string[]): StarterTemplate => ({
  id: `starter:${language}`,
  name,
  language,
  subject,
  body: body.join('\n'),
});

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  starter('en', 'First message about a project idea', 'Erasmus+ {idea.action}: partnership for “{idea.title}”', [
    'Dear {partner.name} team,',
    '',
    'I am {me.name} from {me.organisation}. We are preparing an Erasmus+ {idea.action} project, “{idea.title}”, ' +
      'for the deadline of {call.deadline}.',
    '',
    '{idea.summary}',
    '',
    'Your organisation’s work fits the idea well, and we would be glad to have you as a partner. ' +
      'Would you be interested in a short call to talk about it?',
    '',
    'Kind regards,',
    '{me.name}',
    '{me.organisation}',
  ]),
  starter('de', 'Erste Nachricht zu einer Projektidee', 'Erasmus+ {idea.action}: Partnerschaft für „{idea.title}“', [
    'Liebes Team von {partner.name},',
    '',
    'ich bin {me.name} von {me.organisation}. Wir bereiten ein Erasmus+-Projekt ({idea.action}) vor, ' +
      '„{idea.title}“, für die Antragsfrist am {call.deadline}.',
    '',
    '{idea.summary}',
    '',
    'Die Arbeit Ihrer Organisation passt gut zu dieser Idee, und wir würden Sie gern als Partner gewinnen. ' +
      'Hätten Sie Interesse an einem kurzen Gespräch?',
    '',
    'Mit freundlichen Grüßen',
    '{me.name}',
    '{me.organisation}',
  ]),
  starter(
    'fr',
    'Premier message sur une idée de projet',
    'Erasmus+ {idea.action} : partenariat pour « {idea.title} »',
    [
      'Chère équipe de {partner.name},',
      '',
      'Je suis {me.name}, de {me.organisation}. Nous préparons un projet Erasmus+ {idea.action}, « {idea.title} », ' +
        'pour la date limite du {call.deadline}.',
      '',
      '{idea.summary}',
      '',
      'Le travail de votre organisation correspond bien à cette idée et nous serions heureux de vous compter parmi nos partenaires. ' +
        'Seriez-vous disponibles pour un court échange ?',
      '',
      'Bien cordialement,',
      '{me.name}',
      '{me.organisation}',
    ],
  ),
  starter('es', 'Primer mensaje sobre una idea de proyecto', 'Erasmus+ {idea.action}: asociación para «{idea.title}»', [
    'Estimado equipo de {partner.name}:',
    '',
    'Soy {me.name}, de {me.organisation}. Estamos preparando un proyecto Erasmus+ {idea.action}, «{idea.title}», ' +
      'para el plazo del {call.deadline}.',
    '',
    '{idea.summary}',
    '',
    'El trabajo de su organización encaja muy bien con la idea y nos encantaría contar con ustedes como socios. ' +
      '¿Les interesaría hablarlo en una breve llamada?',
    '',
    'Saludos cordiales,',
    '{me.name}',
    '{me.organisation}',
  ]),
  starter('it', 'Primo messaggio su un’idea di progetto', 'Erasmus+ {idea.action}: partenariato per «{idea.title}»', [
    'Gentile team di {partner.name},',
    '',
    'sono {me.name} di {me.organisation}. Stiamo preparando un progetto Erasmus+ {idea.action}, «{idea.title}», ' +
      'per la scadenza del {call.deadline}.',
    '',
    '{idea.summary}',
    '',
    'Il lavoro della vostra organizzazione si adatta bene all’idea e saremmo lieti di avervi come partner. ' +
      'Sareste interessati a una breve chiamata per parlarne?',
    '',
    'Cordiali saluti,',
    '{me.name}',
    '{me.organisation}',
  ]),
  starter(
    'pl',
    'Pierwsza wiadomość o pomyśle na projekt',
    'Erasmus+ {idea.action}: partnerstwo w projekcie „{idea.title}”',
    [
      'Szanowny Zespole {partner.name},',
      '',
      'nazywam się {me.name} i reprezentuję {me.organisation}. Przygotowujemy projekt Erasmus+ {idea.action} ' +
        '„{idea.title}” na nabór z terminem {call.deadline}.',
      '',
      '{idea.summary}',
      '',
      'Działalność Państwa organizacji dobrze pasuje do tego pomysłu i chętnie zaprosilibyśmy Państwa do partnerstwa. ' +
        'Czy bylibyście Państwo zainteresowani krótką rozmową?',
      '',
      'Z wyrazami szacunku',
      '{me.name}',
      '{me.organisation}',
    ],
  ),
  starter(
    'ka',
    'პირველი წერილი პროექტის იდეის შესახებ',
    'Erasmus+ {idea.action}: პარტნიორობა პროექტისთვის „{idea.title}“',
    [
      'ძვირფასო {partner.name}-ის გუნდო,',
      '',
      'მე ვარ {me.name}, {me.organisation}-დან. ვამზადებთ Erasmus+ {idea.action} პროექტს „{idea.title}“, ' +
        'რომლის წარდგენის ვადაა {call.deadline}.',
      '',
      '{idea.summary}',
      '',
      'თქვენი ორგანიზაციის საქმიანობა კარგად ერგება ამ იდეას და მოხარული ვიქნებით, თუ ჩვენი პარტნიორი გახდებით. ' +
        'ხომ არ დაგაინტერესებთ მოკლე საუბარი?',
      '',
      'პატივისცემით,',
      '{me.name}',
      '{me.organisation}',
    ],
  ),
  starter('uk', 'Перший лист про ідею проєкту', 'Erasmus+ {idea.action}: партнерство для «{idea.title}»', [
    'Шановна командо {partner.name}!',
    '',
    'Мене звати {me.name}, я з {me.organisation}. Ми готуємо проєкт Erasmus+ {idea.action} «{idea.title}» ' +
      'до кінцевого терміну {call.deadline}.',
    '',
    '{idea.summary}',
    '',
    'Діяльність вашої організації добре відповідає цій ідеї, і ми були б раді бачити вас партнером. ' +
      'Чи зацікавить вас коротка розмова?',
    '',
    'З повагою,',
    '{me.name}',
    '{me.organisation}',
  ]),
];

export const STARTER_LANGUAGES = STARTER_TEMPLATES.map((template) => template.language);
