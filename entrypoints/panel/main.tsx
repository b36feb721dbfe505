import { render } from 'preact';
import '@/views/page/panel.css';
import { pageLanguage } from '@/lib/i18n';
import { hintFromHash } from '@/views/page/panel-hint';
import { PanelRoot } from '@/views/page/PanelRoot';

// The Save button and its card, framed into a platform page: the page cannot read or drive them.
document.documentElement.lang = pageLanguage();
render(<PanelRoot hint={hintFromHash(location.hash)} />, document.getElementById('app')!);
