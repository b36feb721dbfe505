import { render } from 'preact';
import '@/components/pipeline.css';
import '@/components/board.css';
import '@/components/ideas.css';
import '@/components/discover/discover.css';
import { i18n, localisePage } from '@/lib/i18n';
import { App } from './App';

localisePage(i18n.t('app.name'));

render(<App />, document.getElementById('app')!);
