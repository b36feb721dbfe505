import { render } from 'preact';
import { z } from 'zod';
import '@/components/pipeline.css';
import '@/components/data.css';
import { i18n, localisePage } from '@/lib/i18n';
import { App } from './App';

// Extension pages forbid `new Function`: zod must not compile validators (it would log a CSP error).
z.config({ jitless: true });

localisePage(i18n.t('options.title'));

render(<App />, document.getElementById('app')!);
