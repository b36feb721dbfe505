import type { StarterTemplate } from '@/lib/outreach/starters';
import { i18n } from '@/lib/i18n';

interface ComposerChoicesProps {
  ideas: { id: string; title: string }[];
  ideaId?: string;
  onIdea: (id: string | undefined) => void;
  languages: string[];
  language: string;
  languageName: (tag: string) => string;
  onLanguage: (tag: string) => void;
  /** Templates in the chosen language. */
  templates: readonly StarterTemplate[];
  templateId: string;
  onTemplate: (id: string) => void;
}

/** Which idea, which language, which template: the composer's first choices. */
export function ComposerChoices({
  ideas,
  ideaId,
  onIdea,
  languages,
  language,
  languageName,
  onLanguage,
  templates,
  templateId,
  onTemplate,
}: ComposerChoicesProps) {
  return (
    <>
      <div class="bd-field">
        <label for="or-idea">{i18n.t('outreach.composer.idea')}</label>
        <select id="or-idea" value={ideaId ?? ''} onChange={(event) => onIdea(event.currentTarget.value || undefined)}>
          <option value="">{i18n.t('outreach.composer.noIdea')}</option>
          {ideas.map((idea) => (
            <option key={idea.id} value={idea.id}>
              {idea.title}
            </option>
          ))}
        </select>
      </div>
      <div class="bd-field">
        <label for="or-language">{i18n.t('outreach.composer.language')}</label>
        <select id="or-language" value={language} onChange={(event) => onLanguage(event.currentTarget.value)}>
          {languages.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
        </select>
      </div>
      <div class="bd-field bd-field--wide">
        <label for="or-template">{i18n.t('outreach.composer.template')}</label>
        <select id="or-template" value={templateId} onChange={(event) => onTemplate(event.currentTarget.value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
