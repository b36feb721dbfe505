import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/backup/backup.css';
import { i18n, localisePage } from '@/lib/i18n';
import { App } from '@/views/popup/App';

localisePage(i18n.t('app.name'));

render(<App />, document.getElementById('app')!);
