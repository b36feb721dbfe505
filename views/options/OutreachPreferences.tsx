import { STARTER_LANGUAGES } from '@/lib/outreach/starters';
import { i18n } from '@/lib/i18n';

const languageName = (tag: string) =>
  new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(tag) ?? tag;

interface OutreachPreferencesProps {
  cadence: string;
  language: string;
  busy: boolean;
  onCadence: (cadence: string) => void;
  onSaveCadence: () => void;
  onLanguage: (language: string) => void;
}

/** When to follow up (days after sending) and the language the user writes in by default. */
export function OutreachPreferences(props: OutreachPreferencesProps) {
  const { cadence, language, busy } = props;
  return (
    <>
      <h3>{i18n.t('me.outreachTitle')}</h3>
      <div class="or-me-form">
        <label class="or-me-field">
          <span>{i18n.t('me.cadence')}</span>
          <input
            id="me-cadence"
            value={cadence}
            aria-describedby="me-cadence-hint"
            onInput={(event) => props.onCadence(event.currentTarget.value)}
          />
          <span id="me-cadence-hint" class="pp-hint">
            {i18n.t('me.cadenceHint')}
          </span>
        </label>
        <button type="button" class="pp-button" disabled={busy} onClick={props.onSaveCadence}>
          {i18n.t('me.saveCadence')}
        </button>
        <label class="or-me-field">
          <span>{i18n.t('me.language')}</span>
          <select id="me-language" value={language} onChange={(event) => props.onLanguage(event.currentTarget.value)}>
            {[...new Set([language, ...STARTER_LANGUAGES])].map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </>
  );
}
