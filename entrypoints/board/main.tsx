import { render } from 'preact';
import '@/components/shared/theme.css';
import '@/components/board/board.css';
import '@/components/ideas/ideas.css';
import '@/components/discover/discover.css';
import { i18n, localisePage } from '@/lib/i18n';
import { App } from '@/views/board/App';

localisePage(i18n.t('app.name'));

render(<App />, document.getElementById('app')!);
