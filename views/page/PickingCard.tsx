/**
 * While the user picks a value on the page the panel shrinks to this: what to do and how to stop. The
 * frame is docked in the window's corner meanwhile (frame-host.ts), so it covers no value on the page.
 */
import { useEffect, useRef } from 'preact/hooks';
import { PickOnPage } from '@/components/rules/PickOnPage';
import { fieldLabel } from '@/lib/i18n/field-labels';
import type { PanelField } from '@/lib/domain/organisation-fields';
import './panel-rules.css';

interface PickingCardProps {
  field: PanelField;
  onUseSelection: () => void;
  onCancel: () => void;
}

export function PickingCard({ field, onUseSelection, onCancel }: PickingCardProps) {
  const card = useRef<HTMLElement>(null);
  // Focus stays in the panel: Use selection is one Tab away, Esc here cancels too.
  useEffect(() => card.current?.querySelector<HTMLButtonElement>('button')?.focus(), []);
  return (
    <section
      ref={card}
      class="pp-card pp-card--picking"
      role="dialog"
      aria-label={fieldLabel(field)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <PickOnPage
        field={fieldLabel(field)}
        state="picking"
        onStart={() => undefined}
        onUseSelection={onUseSelection}
        onCancel={onCancel}
      />
    </section>
  );
}
