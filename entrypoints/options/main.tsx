import { render } from 'preact';
import '@/components/pipeline.css';
import '@/components/data.css';
import { i18n, localisePage } from '@/lib/i18n';
import { App } from './App';

localisePage(i18n.t('options.title'));

render(<App />, document.getElementById('app')!);
