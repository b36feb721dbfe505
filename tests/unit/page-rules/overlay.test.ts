import { afterEach, describe, expect, it, vi } from 'vitest';
import { OVERLAY_TAG, startPicking } from '../../../lib/page-rules/overlay';

function setUp() {
  document.body.replaceChildren();
  const value = document.createElement('a');
  value.href = 'https://alpha.example.org/';
  value.textContent = 'alpha.example.org';
  const panel = document.createElement('partner-pipeline-ui');
  document.body.append(value, panel);
  const onPick = vi.fn();
  const onCancel = vi.fn();
  const session = startPicking({
    doc: document,
    fieldLabel: 'Website',
    onPick,
    onCancel,
    ignore: (el) => el.closest('partner-pipeline-ui') !== null,
  });
  return { value, panel, onPick, onCancel, session };
}
const overlay = () => document.querySelector(OVERLAY_TAG);
const part = (name: string) => overlay()?.shadowRoot?.querySelector<HTMLElement>(`.${name}`);

afterEach(() => document.body.replaceChildren());

describe('the pick overlay', () => {
  it('outlines the element under the pointer with a label naming the field, outside the element', () => {
    const { value, session } = setUp();
    vi.spyOn(value, 'getBoundingClientRect').mockReturnValue({
      top: 100,
      left: 40,
      bottom: 120,
      right: 200,
      width: 160,
      height: 20,
      x: 40,
      y: 100,
      toJSON: () => ({}),
    });
    value.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    expect(part('outline')!.style.display).toBe('block');
    expect(part('outline')!.style.top).toBe('98px');
    expect(part('label')!.textContent).toBe('Website');
    expect(parseFloat(part('label')!.style.top)).toBeLessThan(100);
    session.cancel();
  });

  it('takes the clicked element, and the page’s link does not open', () => {
    const { value, onPick } = setUp();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    value.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(onPick).toHaveBeenCalledWith(value);
    expect(overlay()).toBeNull();
  });

  it('never picks our own panel', () => {
    const { panel, onPick, session } = setUp();
    panel.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(onPick).not.toHaveBeenCalled();
    expect(session.active).toBe(true);
    session.cancel();
  });

  it('cancels on Esc and removes everything', () => {
    const { value, onPick, onCancel, session } = setUp();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(session.active).toBe(false);
    expect(overlay()).toBeNull();
    value.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(onPick).not.toHaveBeenCalled();
  });

  it('lets keyboard users pick the selected text with Use selection (or Enter)', () => {
    const { value, onPick, session } = setUp();
    expect(session.useSelection()).toBe(false);
    const range = document.createRange();
    range.selectNodeContents(value);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(onPick).toHaveBeenCalledWith(value);
    expect(session.active).toBe(false);
  });
});
