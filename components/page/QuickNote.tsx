import { useState } from 'preact/hooks';
import { i18n } from '@/lib/i18n';

interface QuickNoteProps {
  lastNote?: string;
  onAdd: (text: string) => void;
}

/** The latest note on a saved partner, and a box to add one without leaving the page. */
export function QuickNote({ lastNote, onAdd }: QuickNoteProps) {
  const [text, setText] = useState('');
  return (
    <div class="pp-note">
      {lastNote && (
        <p class="pp-note__last">
          <span class="pp-note__label">{i18n.t('page.note.last')}</span>{' '}
          {lastNote.length > 200 ? `${lastNote.slice(0, 199)}…` : lastNote}
        </p>
      )}
      <label class="pp-note__label" for="pp-quick-note">
        {i18n.t('page.note.add')}
      </label>
      <div class="pp-note__row">
        <textarea id="pp-quick-note" rows={2} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        <button
          type="button"
          class="pp-primary"
          disabled={!text.trim()}
          onClick={() => {
            onAdd(text.trim());
            setText('');
          }}
        >
          {i18n.t('page.note.addButton')}
        </button>
      </div>
    </div>
  );
}
