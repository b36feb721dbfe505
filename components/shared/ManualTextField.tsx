interface ManualTextFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  /** A web address: the keyboard offers its keys. */
  url?: boolean;
  onInput: (value: string) => void;
}

/** One typed field of the hand-entry form, with its error said next to it. */
export function ManualTextField({ id, label, value, error, url, onInput }: ManualTextFieldProps) {
  return (
    <div class="bd-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        inputMode={url ? 'url' : undefined}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="bd-error">
          {error}
        </p>
      )}
    </div>
  );
}
