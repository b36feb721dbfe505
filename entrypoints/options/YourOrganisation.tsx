/**
 * Options: the user's own organisation (it counts as the applicant in the consortium check and
 * signs their messages), the follow-up cadence and the language they write in by default.
 */
import { useEffect, useState } from 'preact/hooks';
import { MyOrganisationForm, type MyOrganisationDraft } from '@/components/outreach/MyOrganisationForm';
import { notifyChanged } from '@/lib/changes';
import { openPipelineDb, type PipelineDatabase } from '@/lib/db';
import { parseCadence } from '@/lib/outreach/cadence';
import { readOutreachSettings, type OutreachSettings } from '@/lib/outreach/settings';
import { STARTER_LANGUAGES } from '@/lib/outreach/starters';
import { describeStorageError } from '@/lib/storage-errors';
import { i18n } from '@/lib/i18n';

const languageName = (tag: string) => new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(tag) ?? tag;

async function withDb<T>(use: (db: PipelineDatabase) => Promise<T>): Promise<T> {
  const db = await openPipelineDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

export function YourOrganisation() {
  const [settings, setSettings] = useState<OutreachSettings>();
  const [cadence, setCadence] = useState('');
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = () =>
    withDb((db) => readOutreachSettings(db, navigator.language.split('-')[0])).then((loaded) => {
      setSettings(loaded);
      setCadence(loaded.cadence.join(', '));
    });
  useEffect(() => void load().catch((failure) => setProblem(describeStorageError(failure))), []);

  const run = async (task: (lib: typeof import('@/lib/outreach/settings'), db: PipelineDatabase) => Promise<unknown>, done: string) => {
    setBusy(true);
    setProblem(undefined);
    setStatus(undefined);
    try {
      const { z } = await import('zod');
      z.config({ jitless: true }); // extension pages forbid eval (MV3 CSP)
      const lib = await import('@/lib/outreach/settings');
      await withDb((db) => task(lib, db));
      notifyChanged();
      await load();
      setStatus(done);
    } catch (failure) {
      setProblem(describeStorageError(failure));
    } finally {
      setBusy(false);
    }
  };
  const saveCadence = () => {
    const days = parseCadence(cadence);
    if (!days) return setProblem(i18n.t('me.cadenceFormat'));
    void run((lib, db) => lib.saveCadence(db, days), i18n.t('me.cadenceSaved'));
  };

  return (
    <section class="pp-section" aria-labelledby="me-title">
      <h2 id="me-title">{i18n.t('me.title')}</h2>
      <p class="pp-hint">{i18n.t('me.lead')}</p>
      {problem && <p class="pp-banner" role="alert">{problem}</p>}
      <p class="pp-result" role="status" hidden={!status}>{status}</p>
      {settings && (
        <>
          <MyOrganisationForm me={settings.me} busy={busy} onSave={(draft: MyOrganisationDraft) => void run((lib, db) => lib.saveMyOrganisation(db, draft), i18n.t('me.saved'))} />
          <h3>{i18n.t('me.outreachTitle')}</h3>
          <div class="or-me-form">
            <label class="or-me-field">
              <span>{i18n.t('me.cadence')}</span>
              <input id="me-cadence" value={cadence} aria-describedby="me-cadence-hint" onInput={(event) => setCadence(event.currentTarget.value)} />
              <span id="me-cadence-hint" class="pp-hint">{i18n.t('me.cadenceHint')}</span>
            </label>
            <button type="button" class="pp-button" disabled={busy} onClick={saveCadence}>{i18n.t('me.saveCadence')}</button>
            <label class="or-me-field">
              <span>{i18n.t('me.language')}</span>
              <select
                id="me-language"
                value={settings.outreachLanguage}
                onChange={(event) => {
                  const language = event.currentTarget.value;
                  void run((lib, db) => lib.saveOutreachLanguage(db, language), i18n.t('me.languageSaved'));
                }}
              >
                {[...new Set([settings.outreachLanguage, ...STARTER_LANGUAGES])].map((tag) => (
                  <option key={tag} value={tag}>{languageName(tag)}</option>
                ))}
              </select>
            </label>
          </div>
        </>
      )}
    </section>
  );
}
