/**
 * The privacy page, in the user's language: what is stored, where, what leaves the device, how to
 * get a copy and how to erase it. Static text (nothing is read from the store), so it opens even
 * when the data cannot.
 */
import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/backup/backup.css';
import { i18n, localisePage } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section class="pp-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function Privacy() {
  const backupPage = () => <a href={browser.runtime.getURL('/options.html')}>{i18n.t('privacy.backupPage')}</a>;
  return (
    <main class="pp-page">
      <h1>{i18n.t('privacy.title')}</h1>
      <p class="pp-lead">{i18n.t('privacy.lead')}</p>
      <Section id="pp-stored" title={i18n.t('privacy.storedTitle')}>
        <p>{i18n.t('privacy.stored')}</p>
      </Section>
      <Section id="pp-where" title={i18n.t('privacy.whereTitle')}>
        <p>{i18n.t('privacy.where')}</p>
      </Section>
      <Section id="pp-leaves" title={i18n.t('privacy.leavesTitle')}>
        <p>{i18n.t('privacy.leaves', [i18n.t('platform.prpFull')])}</p>
      </Section>
      <Section id="pp-export" title={i18n.t('privacy.exportTitle')}>
        <p>
          {richText([backupPage(), <strong>{i18n.t('options.export.json')}</strong>], (link, button) =>
            i18n.t('privacy.export', [link, button]),
          )}
        </p>
      </Section>
      <Section id="pp-erase" title={i18n.t('privacy.eraseTitle')}>
        <ul>
          <li>{i18n.t('privacy.eraseExtension')}</li>
          <li>
            {richText([backupPage(), <strong>{i18n.t('import.preview.replace')}</strong>], (link, word) =>
              i18n.t('privacy.eraseReplace', [link, word]),
            )}
          </li>
          <li>{i18n.t('privacy.eraseOne')}</li>
        </ul>
      </Section>
      <Section id="pp-permissions" title={i18n.t('privacy.permissionsTitle')}>
        <p>{i18n.t('privacy.permissions')}</p>
      </Section>
    </main>
  );
}

localisePage(i18n.t('tabs.pageTitle', [i18n.t('privacy.title')]));
render(<Privacy />, document.getElementById('app')!);
