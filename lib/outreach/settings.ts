/**
 * Outreach settings in the meta store: the user's organisation, the follow-up cadence and the
 * language they write in by default; and the user's own templates. Reads need no zod (first
 * paint); writes validate.
 */
import { countChange, getMeta, type Database } from '../store/db';
import { i18n } from '../i18n';
import {
  CadenceSchema,
  LanguageTagSchema,
  MyOrganisationSchema,
  OutreachTemplateSchema,
  type MyOrganisation,
  type OutreachTemplate,
} from '../domain/model';
import { DEFAULT_CADENCE, normaliseCadence } from './cadence';

export interface OutreachSettings {
  me: MyOrganisation | null;
  meSkipped: boolean;
  cadence: number[];
  outreachLanguage: string;
}

export async function readOutreachSettings(db: Database, fallbackLanguage = 'en'): Promise<OutreachSettings> {
  const tx = db.transaction('meta', 'readonly');
  const [me, meSkipped, cadence, language] = await Promise.all([
    getMeta(tx.store, 'me'),
    getMeta(tx.store, 'meSkipped'),
    getMeta(tx.store, 'cadence'),
    getMeta(tx.store, 'outreachLanguage'),
  ]);
  await tx.done;
  return {
    me: me ?? null,
    meSkipped: meSkipped === true,
    cadence: Array.isArray(cadence) ? normaliseCadence(cadence) : [...DEFAULT_CADENCE],
    outreachLanguage: typeof language === 'string' ? language : fallbackLanguage,
  };
}

/** Save the user's organisation; empty fields are left out (never stored as ""). */
export async function saveMyOrganisation(
  db: Database,
  input: Record<string, string | undefined>,
): Promise<MyOrganisation> {
  const filled = Object.fromEntries(
    Object.entries(input)
      .map(([key, value]) => [key, value?.trim()])
      .filter(([, value]) => value),
  );
  const me = MyOrganisationSchema.parse(filled);
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put(me, 'me');
  await countChange(tx.store);
  await tx.done;
  return me;
}

export async function skipMyOrganisation(db: Database): Promise<void> {
  await db.put('meta', true, 'meSkipped');
}

export async function saveCadence(db: Database, days: number[]): Promise<number[]> {
  const cadence = CadenceSchema.parse(normaliseCadence(days));
  await db.put('meta', cadence, 'cadence');
  return cadence;
}

export async function saveOutreachLanguage(db: Database, language: string): Promise<void> {
  await db.put('meta', LanguageTagSchema.parse(language), 'outreachLanguage');
}

export type TemplateInput = Pick<OutreachTemplate, 'name' | 'language' | 'subject' | 'body'>;

/** Create (no id) or update a template; text stays plain (rendered as text, never as HTML). */
export async function saveTemplate(db: Database, input: TemplateInput, id?: string): Promise<OutreachTemplate> {
  const at = new Date().toISOString();
  const tx = db.transaction(['templates', 'meta'], 'readwrite');
  const existing = id ? await tx.objectStore('templates').get(id) : undefined;
  if (id && !existing) throw new Error(i18n.t('outreach.errors.templateGone'));
  const template = OutreachTemplateSchema.parse({
    ...input,
    id: existing?.id ?? crypto.randomUUID(),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  });
  await tx.objectStore('templates').put(template);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return template;
}

export async function deleteTemplate(db: Database, id: string): Promise<void> {
  await db.delete('templates', id);
}
