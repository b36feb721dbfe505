/**
 * Options: the user's own organisation (it counts as the applicant in the consortium check and
 * signs their messages), the follow-up cadence and the language they write in by default.
 */
import { MyOrganisationForm, type MyOrganisationDraft } from '@/components/outreach/MyOrganisationForm';
import { parseCadence } from '@/lib/outreach/cadence';
import { i18n } from '@/lib/i18n';
import { OutreachPreferences } from './OutreachPreferences';
import { useOutreachSettings } from './useOutreachSettings';

export function YourOrganisation() {
  const { settings, cadence, setCadence, status, problem, setProblem, busy, run } = useOutreachSettings();
  const saveCadence = () => {
    const days = parseCadence(cadence);
    if (!days) return setProblem(i18n.t('me.cadenceFormat'));
    void run((change) => change('settings.saveCadence', { days }), i18n.t('me.cadenceSaved'));
  };

  return (
    <section class="pp-section" aria-labelledby="me-title">
      <h2 id="me-title">{i18n.t('me.title')}</h2>
      <p class="pp-hint">{i18n.t('me.lead')}</p>
      {problem && (
        <p class="pp-banner" role="alert">
          {problem}
        </p>
      )}
      <p class="pp-result" role="status" hidden={!status}>
        {status}
      </p>
      {settings && (
        <>
          <MyOrganisationForm
            me={settings.me}
            busy={busy}
            onSave={(draft: MyOrganisationDraft) =>
              void run((change) => change('settings.saveMyOrganisation', { fields: draft }), i18n.t('me.saved'))
            }
          />
          <OutreachPreferences
            cadence={cadence}
            language={settings.outreachLanguage}
            busy={busy}
            onCadence={setCadence}
            onSaveCadence={saveCadence}
            onLanguage={(language) =>
              void run((change) => change('settings.saveOutreachLanguage', { language }), i18n.t('me.languageSaved'))
            }
          />
        </>
      )}
    </section>
  );
}
