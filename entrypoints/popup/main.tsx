import { render } from 'preact';
import '@/components/pipeline.css';
import '@/components/data.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
