import { render } from 'preact';
import { z } from 'zod';
import '@/components/pipeline.css';
import '@/components/data.css';
import { App } from './App';

// Extension pages forbid `new Function`: zod must not compile validators (it would log a CSP error).
z.config({ jitless: true });

render(<App />, document.getElementById('app')!);
