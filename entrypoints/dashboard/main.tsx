import { render } from 'preact';
import '@/components/pipeline.css';
import '@/components/board.css';
import '@/components/ideas.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
