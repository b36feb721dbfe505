import { render } from 'preact';
import '@/components/pipeline.css';
import '@/components/board.css';
import { Board } from './Board';

render(<Board />, document.getElementById('app')!);
