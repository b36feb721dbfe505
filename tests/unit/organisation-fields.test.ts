/**
 * One home for organisation rules: every field list is the schema's fields minus a named exception,
 * every typed detail is checked by one rule, and the stage list and meta values are read typed.
 * A field added to the schema shows up here as a failure until each use has decided about it.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExtractedOrganisationSchema, OrganisationSchema } from '@/lib/domain/model';
import {
  CSV_LEFT_OUT,
  DETAIL_FIELDS,
  DETAILS_BESIDES_NAME,
  FOLDED_FIELDS,
  ORGANISATION_FIELDS,
  PANEL_FIELDS,
  PANEL_LEFT_OUT,
  pickFields,
} from '@/lib/domain/organisation-fields';
import { fieldLabel, fieldName } from '@/lib/i18n/field-labels';
import { checkField } from '@/lib/domain/field-check';
import { validateField, typedValue } from '@/views/page/validate-field';
import { checkField as boardCheck } from '@/components/detail/DetailFields';
import { CSV_FIELD_COLUMNS } from '@/lib/backup/csv';

const schemaFields = Object.keys(ExtractedOrganisationSchema.shape).sort();
const savedFields = Object.keys(OrganisationSchema.shape);
/** The schema's stated fields that a saved organisation keeps: what every detail list is made of. */
const savedDetails = schemaFields.filter((field) => savedFields.includes(field));

describe('organisation field lists derive from the schema', () => {
  it('lists every field the schema has, in its order', () => {
    expect([...ORGANISATION_FIELDS].sort()).toEqual(schemaFields);
  });

  it('the saved details are the schema fields a saved record keeps, name first', () => {
    expect([...DETAIL_FIELDS].sort()).toEqual(savedDetails);
    expect(DETAIL_FIELDS[0]).toBe('name');
    expect(DETAILS_BESIDES_NAME).toEqual(DETAIL_FIELDS.slice(1));
  });

  it('the panel shows every detail but the ones it leaves out by name', () => {
    expect([...PANEL_FIELDS, ...PANEL_LEFT_OUT].sort()).toEqual(savedDetails);
  });

  it('the spreadsheet has a column for every detail but the ones it leaves out by name', () => {
    expect([...CSV_FIELD_COLUMNS, ...CSV_LEFT_OUT].sort()).toEqual(savedDetails);
  });

  it('every field has a label in words (never its code) and a name for sentences', () => {
    for (const field of ORGANISATION_FIELDS.filter((key) => key !== 'profileUrl')) {
      expect(fieldLabel(field), field).not.toBe(field);
      expect(fieldName(field).length, field).toBeGreaterThan(0);
    }
  });

  it('loose comparison and picking keep to saved details', () => {
    expect(FOLDED_FIELDS.every((field) => savedDetails.includes(field))).toBe(true);
    expect(pickFields({ name: 'A', city: 'Graz', role: 'partner' }, DETAILS_BESIDES_NAME)).toEqual({ city: 'Graz' });
  });
});

/** Values a user may type, each refused for a reason. */
const BAD: [Parameters<typeof checkField>[0], string][] = [
  ['name', '   '],
  ['name', 'x'.repeat(301)],
  ['country', 'Poland'],
  ['country', 'QQ'],
  ['website', 'javascript:alert(1)'],
  ['website', 'www.example.org'],
  ['email', 'someone@'],
  ['oid', 'E1234567'],
  ['pic', '12345'],
  ['phone', '1'.repeat(200)],
];

describe('one field check for the panel, the board and the hand-entry form', () => {
  it.each(BAD)('refuses %s = %j with the same words in the panel and on the board', (field, value) => {
    const board = boardCheck(field, value).error;
    expect(board).toBeTruthy();
    if ((PANEL_FIELDS as readonly string[]).includes(field)) {
      expect(validateField(field as (typeof PANEL_FIELDS)[number], value)).toBe(board);
    }
  });

  it('accepts a value the way it is saved, in both', () => {
    expect(checkField('country', ' pl ')).toEqual({ value: 'PL' });
    expect(validateField('country', ' pl ')).toBeUndefined();
    expect(typedValue('country', ' pl ')).toBe('PL');
    expect(typedValue('pic', '949 123 456')).toBe('949123456');
    expect(typedValue('city', '   ')).toBeUndefined();
  });

  it('lets through only what the store accepts', () => {
    const values: [Parameters<typeof checkField>[0], string][] = [
      ...BAD,
      ['website', 'https://example.org'],
      ['oid', 'e10123456'],
    ];
    for (const [field, raw] of values) {
      const { value, error } = checkField(field, raw);
      const stored = z
        .object({ name: z.string() })
        .and(ExtractedOrganisationSchema.partial())
        .safeParse({ name: 'A', [field]: value });
      if (!error && value) expect(stored.success, `${field}=${raw}`).toBe(true);
    }
  });
});
