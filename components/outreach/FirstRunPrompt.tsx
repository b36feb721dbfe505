import './outreach.css';
import { i18n } from '@/lib/i18n';

/** Asked once: which organisation the user works for. Skippable; Options has the same form. */
export function FirstRunPrompt({ optionsUrl, onSkip }: { optionsUrl: string; onSkip: () => void }) {
  return (
    <section class="or-prompt" aria-labelledby="or-prompt-title" data-testid="first-run-prompt">
      <h2 id="or-prompt-title" class="or-prompt__title">
        {i18n.t('me.promptTitle')}
      </h2>
      <p>{i18n.t('me.prompt')}</p>
      <a class="pp-button bd-primary" href={optionsUrl} target="_blank" rel="noopener">
        {i18n.t('me.promptSet')}
      </a>
      <button type="button" class="pp-button" onClick={onSkip}>
        {i18n.t('me.promptSkip')}
      </button>
    </section>
  );
}
