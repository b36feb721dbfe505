/** The board's details mark a value read with low confidence, subtly, and drop the mark while it is edited. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailFields } from '@/components/detail/DetailFields';
import { ReportPageButton } from '@/components/page/ReportPageButton';
import type { Organisation } from '@/lib/domain/model';

const AT = '2026-12-04T04:00:00.000Z';
const organisation = {
  id: 'o1',
  name: 'Jugendwerk Alpenland',
  city: 'Graz',
  country: 'AT',
  platformIds: [],
  sourceUrls: [],
  contacts: [],
  createdAt: AT,
  updatedAt: AT,
  sources: [
    {
      origin: 'otlas',
      pageType: 'partner-request',
      savedAt: AT,
      warnings: [],
      extracted: { name: 'Jugendwerk Alpenland', city: 'Graz', country: 'AT' },
      confidence: { name: 0.95, city: 0.5, country: 0.8 },
    },
  ],
} as Organisation;

describe('confidence on the board and the report button', () => {
  let root: HTMLElement;
  const mount = (node: preact.ComponentChild) => {
    root = document.createElement('div');
    document.body.append(root);
    render(node, root);
  };
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const labelOf = (id: string) => root.querySelector(`label[for="bd-field-${id}"]`)!.textContent;

  it('marks only the field read with low confidence', async () => {
    mount(<DetailFields organisation={organisation} onSave={async () => true} />);
    expect(labelOf('city')).toContain('read with low confidence');
    expect(labelOf('name')).not.toContain('low confidence');
    expect(labelOf('country')).not.toContain('low confidence');
    const input = root.querySelector<HTMLInputElement>('#bd-field-city')!;
    input.value = 'Graz-Umgebung';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(labelOf('city')).not.toContain('low confidence');
  });

  it('Report this page says what was saved, or what went wrong', () => {
    mount(
      <ReportPageButton
        busy={false}
        savedAs="partner-pipeline-report-otlas-2026-12-04.html"
        onReport={() => undefined}
      />,
    );
    expect(root.textContent).toContain('Report this page');
    expect(root.textContent).toContain('Saved as partner-pipeline-report-otlas-2026-12-04.html');
    render(<ReportPageButton busy={false} error="The report could not be made" onReport={() => undefined} />, root);
    expect(root.querySelector('.pp-error')!.textContent).toBe('The report could not be made');
  });
});
