/** The panel's pieces for page rules: presentational, text only, events out (the frame mounts them). */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PickOnPage } from '@/components/rules/PickOnPage';
import { ReadByRule } from '@/components/rules/ReadByRule';
import { SetAsideNotices } from '@/components/rules/SetAsideNotices';

let root: HTMLElement;
const mount = (node: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
};
const button = (name: string) =>
  [...root.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  );
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('page-rule components', () => {
  it('PickOnPage starts picking, then offers Use selection and Cancel with what to do', () => {
    const events = { onStart: vi.fn(), onUseSelection: vi.fn(), onCancel: vi.fn() };
    mount(<PickOnPage field="Country" state="idle" {...events} />);
    button('Pick Country on the page')!.click();
    expect(events.onStart).toHaveBeenCalledOnce();
    mount(<PickOnPage field="Country" state="picking" {...events} />);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Click the Country on the page, or select its text and choose Use selection. Esc cancels.',
    );
    button('Use selection')!.click();
    button('Cancel')!.click();
    expect([events.onUseSelection.mock.calls.length, events.onCancel.mock.calls.length]).toEqual([1, 1]);
  });

  it('PickOnPage says why a pick was not taken', () => {
    mount(
      <PickOnPage field="Country" state="bad-shape" onStart={vi.fn()} onUseSelection={vi.fn()} onCancel={vi.fn()} />,
    );
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'That is not a valid value for Country. Pick another part of the page.',
    );
  });

  it('ReadByRule marks the field with Undo and Forget this rule', () => {
    const onUndo = vi.fn();
    const onForget = vi.fn();
    mount(<ReadByRule field="City" onUndo={onUndo} onForget={onForget} />);
    expect(root.textContent).toContain('Read by your rule');
    button('Undo the value your rule read for City')!.click();
    button('Forget your rule for City')!.click();
    expect([onUndo.mock.calls.length, onForget.mock.calls.length]).toEqual([1, 1]);
  });

  it('SetAsideNotices tells the user which rules were set aside and why', () => {
    mount(
      <SetAsideNotices
        notices={[
          { id: 'a', field: 'country', reason: 'misses' },
          { id: 'b', field: 'website', reason: 'shape' },
        ]}
        onDismiss={vi.fn()}
      />,
    );
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toContain('Your rule for country was set aside because it found nothing on three pages in a row.');
    expect(items[1]).toContain('Your rule for website was set aside because it read a value that is not valid.');
    mount(<SetAsideNotices notices={[]} onDismiss={vi.fn()} />);
    expect(root.textContent).toBe('');
  });
});
