import { useState } from 'preact/hooks';
import { i18n } from '@/lib/i18n';

interface TagInputProps {
  /** Prefix for element ids (label, datalist): unique per page. */
  id: string;
  label: string;
  tags: string[];
  /** Tags already in use, most used first: offered as you type. */
  suggestions: string[];
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips, and a box with autocomplete from the tags already in use. */
export function TagInput({ id, label, tags, suggestions, onChange }: TagInputProps) {
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.replace(/\s+/g, ' ').trim().slice(0, 60);
    setText('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const listId = `${id}-suggestions`;
  return (
    <div class="bd-tags">
      <label for={id}>{label}</label>
      {tags.length > 0 && (
        <ul class="bd-tags__list" aria-label={i18n.t('tags.current', [label])}>
          {tags.map((tag) => (
            <li key={tag} class="bd-tag bd-tag--removable">
              {tag}
              <button
                type="button"
                class="bd-tag__remove"
                aria-label={i18n.t('tags.remove', [tag])}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="bd-inline">
        <input
          id={id}
          type="text"
          list={listId}
          value={text}
          autoComplete="off"
          placeholder={i18n.t('tags.placeholder')}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="pp-button" onClick={add}>
          {i18n.t('tags.add')}
        </button>
      </div>
      <datalist id={listId}>
        {suggestions
          .filter((tag) => !tags.includes(tag))
          .slice(0, 200)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
