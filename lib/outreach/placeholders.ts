/**
 * Placeholders in outreach templates: `{partner.name}` and the like, filled from the idea, the
 * partner, the call and the user's organisation. Pure. A placeholder without a value, or one the
 * tool does not know, stays marked in the draft and blocks sending until it is filled or removed:
 * a message never goes out half-filled.
 */
export const PLACEHOLDERS = [
  'partner.name',
  'partner.country',
  'idea.title',
  'idea.action',
  'idea.summary',
  'call.deadline',
  'me.organisation',
  'me.name',
  'their.pastProject',
  'metAt',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** A piece of a filled draft: text as it will be sent, or a placeholder that still needs a value. */
export type DraftPart = { kind: 'text'; text: string } | { kind: 'missing' | 'unknown'; name: string };

export interface FilledDraft {
  parts: DraftPart[];
  /** The text with every known value filled in (marks left as `{name}`). */
  text: string;
  /** Known placeholders without a value here (e.g. no idea chosen for `{idea.title}`). */
  missing: string[];
  /** Placeholders the tool does not know (a typo such as `{partner.nmae}`). */
  unknown: string[];
}

// A name of letters and dots: "{ x }" or a JSON snippet in the text is left as it is.
const PATTERN = /\{([A-Za-z][A-Za-z.]{0,40})\}/g;
const KNOWN = new Set<string>(PLACEHOLDERS);

export function fillPlaceholders(template: string, values: PlaceholderValues): FilledDraft {
  const parts: DraftPart[] = [];
  const missing = new Set<string>();
  const unknown = new Set<string>();
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const previous = parts[parts.length - 1];
    if (previous?.kind === 'text') previous.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const match of template.matchAll(PATTERN)) {
    const name = match[1]!;
    pushText(template.slice(last, match.index));
    last = match.index + match[0].length;
    const value = KNOWN.has(name) ? values[name as Placeholder]?.trim() : undefined;
    if (value) pushText(value);
    else {
      (KNOWN.has(name) ? missing : unknown).add(name);
      parts.push({ kind: KNOWN.has(name) ? 'missing' : 'unknown', name });
    }
  }
  pushText(template.slice(last));
  const text = parts.map((part) => (part.kind === 'text' ? part.text : `{${part.name}}`)).join('');
  return { parts, text, missing: [...missing], unknown: [...unknown] };
}

/** Ready to send: nothing left to fill. */
export const isComplete = (draft: Pick<FilledDraft, 'missing' | 'unknown'>) =>
  draft.missing.length === 0 && draft.unknown.length === 0;
