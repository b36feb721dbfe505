import { render } from 'preact';
import '@/lib/page-ui/panel.css';
import { pageLanguage } from '@/lib/i18n';
import { hintFromHash } from '@/lib/page-ui/panel-hint';
import { PanelRoot } from '@/lib/page-ui/PanelRoot';

// The Save button and its card, framed into a platform page: the page cannot read or drive them.
document.documentElement.lang = pageLanguage();
render(<PanelRoot hint={hintFromHash(location.hash)} />, document.getElementById('app')!);
