import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX } from '@/lib/domain/limits';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

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
  const [draft, setDraft] = useState<EventDraft>({
    name: event?.name ?? '',
    date: event?.date ?? '',
    place: event?.place ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof EventDraft, string>>>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const f = (name: string) => `${id}-${name}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Partial<Record<keyof EventDraft, string>> = {};
    if (!draft.name.trim()) found.name = i18n.t('events.editor.needName');
    else if (draft.name.trim().length > MAX.title)
      found.name = i18n.t('events.editor.nameTooLong', [formatNumber(MAX.title)]);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) found.date = i18n.t('events.editor.needDate');
    if (draft.place.trim().length > MAX.place)
      found.place = i18n.t('events.editor.placeTooLong', [formatNumber(MAX.place)]);
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
    <form
      class="ii-editor bd-form--grid"
      aria-labelledby={f('heading')}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h2 id={f('heading')} class="bd-field--wide">
        {event ? i18n.t('events.editor.editTitle', [event.name]) : i18n.t('events.editor.newTitle')}
      </h2>
      <div class="bd-field--wide">{field('name', i18n.t('events.editor.name'))}</div>
      {field('date', i18n.t('events.editor.date'), 'date')}
      {field('place', i18n.t('events.editor.place'))}
      <div class="bd-form__actions bd-field--wide">
        <button type="submit" class="pp-button bd-primary">
          {event ? i18n.t('common.saveChanges') : i18n.t('events.editor.create')}
        </button>
        <button type="button" class="pp-button" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
