interface EmptyStateProps {
  title: string;
  children: preact.ComponentChildren;
}

/** Says what to do next instead of showing nothing. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div class="pp-empty" role="status">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
