/**
 * A page rule as plain data: what the user taught Partner Pipeline about one field of one page type
 * of one platform. Never code: anchors are a label to look for, a CSS selector and a structural path,
 * all interpreted by ./apply.ts. This file carries no zod, so content scripts can use the types and
 * the constants; ./schema.ts validates rules where they are loaded or imported.
 */
import type { PageType, Platform } from '../domain/model';

/** The organisation fields a rule may read. */
export const RULE_FIELDS = [
  'name',
  'country',
  'city',
  'region',
  'type',
  'website',
  'email',
  'phone',
  'oid',
  'pic',
  'description',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** The check a value must pass before it is used; one per field (country → ISO code, website → http(s)…). */
export const SHAPES = ['text', 'country', 'website', 'email', 'phone', 'oid', 'pic', 'longText'] as const;
export type Shape = (typeof SHAPES)[number];

export const SHAPE_OF: Record<RuleField, Shape> = {
  name: 'text',
  country: 'country',
  city: 'text',
  region: 'text',
  type: 'text',
  website: 'website',
  email: 'email',
  phone: 'phone',
  oid: 'oid',
  pic: 'pic',
  description: 'longText',
};

/** One step down the tree: the n-th (0-based) child element with this tag name. */
export interface PathStep {
  tag: string;
  index: number;
}

/** Where the value sits from a found element: `up` parents, then its next element sibling (if `next`), then `down`. */
export interface Hop {
  up: number;
  next: boolean;
  down: PathStep[];
}

/** The label next to the value, as the page wrote it, and its key in the multilingual dictionary. */
export interface LabelAnchor extends Hop {
  kind: 'label';
  text: string;
  /** lib/extractors/labels-dictionary.ts key: the same label in every other language. */
  key?: string;
  /** The page's language when the rule was made ("pl"): where a term means different fields by language. */
  language?: string;
  /** The value follows the label inside the same element ("Country: Poland"). */
  inline?: boolean;
}

/** A selector built only from stable attributes (ids, itemprop, aria-*, data-*, ECL/Drupal classes). */
export interface SelectorAnchor {
  kind: 'selector';
  selector: string;
}

/** A structural path from the record's heading (its first h1): up to a common parent, then down. */
export interface PathAnchor extends Hop {
  kind: 'path';
}

export type Anchor = LabelAnchor | SelectorAnchor | PathAnchor;

export const RULE_VERSION = 1;
/** Misses in a row after which a rule is set aside. */
export const MAX_MISSES = 3;

export type SetAsideReason = 'shape' | 'misses';

export interface PageRule {
  /** One rule per platform, page type and field: `platform/pageType/field`. */
  id: string;
  platform: Platform;
  pageType: PageType;
  field: RuleField;
  anchors: Anchor[];
  /** The value the rule read when it was made (shown in Options → Page rules). */
  sample: string;
  shape: Shape;
  createdAt: string;
  version: typeof RULE_VERSION;
  /** The host the rule was made on; must be one of the platform's hosts. */
  host: string;
  /** Made here by the user, or imported from a file (a user's own rule is never overwritten without asking). */
  origin: 'mine' | 'imported';
  lastWorkedAt?: string;
  /** Pages in a row where the rule found nothing. */
  misses: number;
  setAside?: { at: string; reason: SetAsideReason };
}

export const ruleId = (platform: Platform, pageType: PageType, field: RuleField): string =>
  `${platform}/${pageType}/${field}`;
