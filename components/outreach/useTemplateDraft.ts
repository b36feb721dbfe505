import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StarterTemplate } from '@/lib/outreach/starters';

/**
 * The composer's language and template, and the subject and body being edited: choosing another
 * template starts again from its text; choosing a language picks its first template.
 */
export function useTemplateDraft(templates: readonly StarterTemplate[], proposedLanguage: string) {
  const languages = useMemo(() => [...new Set(templates.map((t) => t.language))], [templates]);
  const [language, setLanguage] = useState(proposedLanguage);
  const inLanguage = templates.filter((t) => t.language === language);
  const [templateId, setTemplateId] = useState(inLanguage[0]?.id ?? '');
  const template = templates.find((t) => t.id === templateId) ?? inLanguage[0];
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  useEffect(() => {
    setSubject(template?.subject ?? '');
    setBody(template?.body ?? '');
  }, [template?.id]);
  const chooseLanguage = (next: string) => (
    setLanguage(next),
    setTemplateId(templates.find((t) => t.language === next)?.id ?? '')
  );
  return {
    languages,
    language,
    chooseLanguage,
    inLanguage,
    template,
    setTemplateId,
    subject,
    setSubject,
    body,
    setBody,
  };
}
