/** The default outreach stages (plain data: content scripts use it without zod). */
import type { Stage } from './model';

export const DEFAULT_STAGES: Stage[] = [
  { id: 'to-contact', name: 'To contact', archived: false },
  { id: 'contacted', name: 'Contacted', archived: false },
  { id: 'replied', name: 'Replied', archived: false },
  { id: 'in-discussion', name: 'In discussion', archived: false },
  { id: 'confirmed', name: 'Confirmed', archived: false },
  { id: 'not-a-fit', name: 'Not a fit', archived: false },
];
