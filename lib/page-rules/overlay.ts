/**
 * The page side of Pick on page: a thin outline follows the pointer, a small label names the field
 * being picked (placed above or below the outline, never over the value), a click takes the element,
 * Esc cancels. Keyboard and screen-reader users select the text instead and call `useSelection()`
 * (the panel's "Use selection" button; Enter does the same while picking). Self-contained: one host
 * element with its own shadow root, listeners removed when picking ends. The caller translates texts.
 */
import { elementOfSelection } from './pick';

export interface PickOptions {
  doc: Document;
  /** The field's name in the user's language ("Country"). */
  fieldLabel: string;
  onPick: (el: Element) => void;
  onCancel: () => void;
  /** Our own UI (the panel's host element): never outlined or picked. */
  ignore?: (el: Element) => boolean;
}

export interface PickSession {
  /** Takes the element the page's selected text sits in; false when nothing is selected. */
  useSelection(): boolean;
  cancel(): void;
  readonly active: boolean;
}

export const OVERLAY_TAG = 'partner-pipeline-pick';
const LABEL_GAP = 6;

const STYLE = `
  .outline { position: fixed; pointer-events: none; border: 2px solid #2563eb; border-radius: 3px;
    box-shadow: 0 0 0 2px rgba(255, 255, 255, 0.9); z-index: 2147483647; display: none; }
  .label { position: fixed; pointer-events: none; z-index: 2147483647; display: none; padding: 2px 8px;
    font: 600 13px/1.4 system-ui, sans-serif; color: #fff; background: #1e3a8a; border-radius: 4px;
    white-space: nowrap; }
`;

function build(doc: Document, fieldLabel: string) {
  const host = doc.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const outline = doc.createElement('div');
  outline.className = 'outline';
  const label = doc.createElement('div');
  label.className = 'label';
  label.setAttribute('role', 'status');
  label.textContent = fieldLabel;
  root.append(style, outline, label);
  doc.documentElement.append(host);
  return { host, outline, label };
}

/** Places the outline on the element and the label just outside it, above if there is room. */
function place(outline: HTMLElement, label: HTMLElement, el: Element): void {
  const rect = el.getBoundingClientRect();
  Object.assign(outline.style, {
    display: 'block',
    top: `${rect.top - 2}px`,
    left: `${rect.left - 2}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  });
  label.style.display = 'block';
  const height = label.getBoundingClientRect().height || 22;
  const above = rect.top - height - LABEL_GAP;
  label.style.top = `${above >= 0 ? above : rect.bottom + LABEL_GAP}px`;
  label.style.left = `${Math.max(0, rect.left)}px`;
}

/** Starts picking; the returned session ends on a pick, on Esc, or on cancel(). */
export function startPicking({ doc, fieldLabel, onPick, onCancel, ignore = () => false }: PickOptions): PickSession {
  const { host, outline, label } = build(doc, fieldLabel);
  let active = true;
  const pickable = (target: EventTarget | null): Element | undefined => {
    const el = target as Element | null;
    return el && el.nodeType === 1 && el !== host && !host.contains(el) && !ignore(el) ? el : undefined;
  };
  const end = () => {
    active = false;
    doc.removeEventListener('pointermove', move, true);
    doc.removeEventListener('mouseover', move, true);
    doc.removeEventListener('click', click, true);
    doc.removeEventListener('keydown', key, true);
    host.remove();
  };
  const move = (event: Event) => {
    const el = pickable(event.target);
    if (el) place(outline, label, el);
  };
  const click = (event: Event) => {
    const el = pickable(event.target);
    if (!el) return;
    // The click is ours: a link on the page must not open while picking.
    event.preventDefault();
    event.stopPropagation();
    end();
    onPick(el);
  };
  const session: PickSession = {
    useSelection() {
      const el = active ? elementOfSelection(doc.getSelection()) : undefined;
      if (!el || !pickable(el)) return false;
      end();
      onPick(el);
      return true;
    },
    cancel() {
      if (!active) return;
      end();
      onCancel();
    },
    get active() {
      return active;
    },
  };
  const key = (event: Event) => {
    const { key: pressed } = event as KeyboardEvent;
    if (pressed === 'Escape') {
      event.preventDefault();
      session.cancel();
    } else if (pressed === 'Enter' && session.useSelection()) event.preventDefault();
  };
  doc.addEventListener('pointermove', move, true);
  doc.addEventListener('mouseover', move, true);
  doc.addEventListener('click', click, true);
  doc.addEventListener('keydown', key, true);
  return session;
}
