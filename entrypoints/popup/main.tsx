import { render } from 'preact';
import '@/components/pipeline.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
