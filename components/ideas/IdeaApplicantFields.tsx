import { MAX } from '@/lib/domain/limits';
import { i18n } from '@/lib/i18n';
import { CountrySelect } from '../shared/CountrySelect';

/** The form's applicant fields for an idea (empty: the user's own organisation applies). */
export const applicantDraft = (idea?: { applicant?: { name: string; country?: string } }) => ({
  applicantName: idea?.applicant?.name ?? '',
  applicantCountry: idea?.applicant?.country ?? '',
});

interface IdeaApplicantFieldsProps {
  id: string;
  name: string;
  country: string;
  onChange: (name: string, country: string) => void;
}

/** An idea's own applicant (someone working for several organisations): name and country. */
export function IdeaApplicantFields({ id, name, country, onChange }: IdeaApplicantFieldsProps) {
  return (
    <>
      <div class="bd-field">
        <label for={id}>{i18n.t('ideas.editor.applicant')}</label>
        <input
          id={id}
          value={name}
          maxLength={MAX.name}
          aria-describedby={`${id}-hint`}
          onInput={(e) => onChange(e.currentTarget.value, country)}
        />
        <span id={`${id}-hint`} class="bd-hint">
          {i18n.t('ideas.editor.applicantHint')}
        </span>
      </div>
      <div class="bd-field">
        <label for={`${id}-country`}>{i18n.t('ideas.editor.applicantCountry')}</label>
        <CountrySelect
          id={`${id}-country`}
          value={country}
          noneLabel={i18n.t('me.noCountry')}
          onChange={(code) => onChange(name, code)}
        />
      </div>
    </>
  );
}
