import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX } from '@/lib/limits';

export interface EventDraft {
  name: string;
  date: string;
  place: string;
}

interface EventEditorProps {
  id: string;
  event?: { name: string; date: string; place?: string };
  /** Resolves true when saved (the form then closes). */
  onSave: (draft: EventDraft) => Promise<boolean>;
  onCancel: () => void;
}

/** Name, date and place of a contact seminar, training course or forum. */
export function EventEditor({ id, event, onSave, onCancel }: EventEditorProps) {
  const [draft, setDraft] = useState<EventDraft>({ name: event?.name ?? '', date: event?.date ?? '', place: event?.place ?? '' });
  const [errors, setErrors] = useState<Partial<Record<keyof EventDraft, string>>>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const f = (name: string) => `${id}-${name}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Partial<Record<keyof EventDraft, string>> = {};
    if (!draft.name.trim()) found.name = 'Give the event a name, e.g. “Contact seminar on inclusion, Graz”.';
    else if (draft.name.trim().length > MAX.title) found.name = `The name is too long: at most ${MAX.title} characters.`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) found.date = 'Choose the date of the event (the first day is enough).';
    if (draft.place.trim().length > MAX.place) found.place = `The place is too long: at most ${MAX.place} characters.`;
    setErrors(found);
    const wrong = (['name', 'date', 'place'] as const).find((key) => found[key]);
    if (wrong) return document.getElementById(f(wrong))?.focus();
    await onSave({ name: draft.name.trim(), date: draft.date, place: draft.place.trim() });
  };

  const field = (key: keyof EventDraft, label: string, type = 'text') => (
    <div class="bd-field">
      <label for={f(key)}>{label}</label>
      <input
        id={f(key)}
        ref={key === 'name' ? first : undefined}
        type={type}
        value={draft[key]}
        aria-invalid={!!errors[key]}
        aria-describedby={errors[key] ? f(`${key}-error`) : undefined}
        onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
      />
      {errors[key] && (
        <p id={f(`${key}-error`)} class="bd-error">
          {errors[key]}
        </p>
      )}
    </div>
  );

  return (
    <form class="ii-editor bd-form--grid" aria-labelledby={f('heading')} noValidate onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h2 id={f('heading')} class="bd-field--wide">
        {event ? `Edit “${event.name}”` : 'New event'}
      </h2>
      <div class="bd-field--wide">{field('name', 'Name of the event')}</div>
      {field('date', 'Date', 'date')}
      {field('place', 'Place (optional)')}
      <div class="bd-form__actions bd-field--wide">
        <button type="submit" class="pp-button bd-primary">
          {event ? 'Save changes' : 'Create event'}
        </button>
        <button type="button" class="pp-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
