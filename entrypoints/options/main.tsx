import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/backup/backup.css';
import { i18n, localisePage } from '@/lib/i18n';
import { App } from '@/views/options/App';

localisePage(i18n.t('options.title'));

render(<App />, document.getElementById('app')!);
