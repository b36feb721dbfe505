interface StagePillProps {
  name: string;
  colour: string;
  /** When given, the pill is a button (e.g. to change the stage). */
  onClick?: () => void;
  label?: string;
}

/** A stage shown as text on its colour: the text carries the meaning, the colour helps. */
export function StagePill({ name, colour, onClick, label }: StagePillProps) {
  const style = { background: colour };
  if (!onClick)
    return (
      <span class="pp-pill" style={style}>
        {name}
      </span>
    );
  return (
    <button type="button" class="pp-pill" style={style} onClick={onClick} aria-label={label ?? name}>
      {name}
    </button>
  );
}
