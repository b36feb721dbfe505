import { useState } from 'preact/hooks';
import type { Note } from '@/lib/domain/model';
import { formatDateTime } from './DetailHistory';
import { i18n } from '@/lib/i18n';

interface DetailNotesProps {
  notes: Note[];
  /** Resolves true when the note was saved (the box is then cleared). */
  onAdd: (text: string) => Promise<boolean>;
  onDelete: (noteId: string) => void;
}

/** Notes about the partner, newest first, each with when it was written. */
export function DetailNotes({ notes, onAdd, onDelete }: DetailNotesProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(i18n.t('detail.notes.writeFirst'));
      return;
    }
    setProblem(undefined);
    if (await onAdd(text)) setText('');
  };
  return (
    <section class="bd-section" aria-labelledby="bd-notes-title">
      <h3 id="bd-notes-title">{i18n.t('detail.notes.title')}</h3>
      <form class="bd-form" onSubmit={(event) => void submit(event)}>
        <label for="bd-note-text">{i18n.t('detail.notes.newNote')}</label>
        <textarea
          id="bd-note-text"
          rows={3}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'bd-note-problem' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {problem && (
          <p id="bd-note-problem" class="bd-error">
            {problem}
          </p>
        )}
        <button type="submit" class="pp-button bd-primary">
          {i18n.t('detail.notes.add')}
        </button>
      </form>
      {notes.length === 0 ? (
        <p class="bd-muted">{i18n.t('detail.notes.empty')}</p>
      ) : (
        <ul class="bd-notes">
          {[...notes].reverse().map((note) => (
            <li key={note.id} class="bd-note">
              <time dateTime={note.at}>{formatDateTime(note.at)}</time>
              <p class="bd-note__text">{note.text}</p>
              <button
                type="button"
                class="bd-link-button"
                aria-label={i18n.t('detail.notes.deleteLabel', [formatDateTime(note.at)])}
                onClick={() => onDelete(note.id)}
              >
                {i18n.t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
