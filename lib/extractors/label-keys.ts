/**
 * The fields the label dictionary names, and the Drupal machine names that stand for them: small and
 * language-free, so a page's stage 2 has them without the terms of labels-dictionary.ts (issue 13).
 */
export const LABEL_KEYS = [
  'orgName',
  'legalName',
  'country',
  'city',
  'region',
  'type',
  'typeBare',
  'website',
  'email',
  'phone',
  'oid',
  'pic',
  'address',
  'deadline',
  'action',
  'startDate',
  'endDate',
  'description',
  'sector',
  'partnerCountries',
  'topics',
  'founders',
  'members',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** Drupal field machine names (`field--name-field-country`): language-independent anchors. */
export const MACHINE_NAMES: Partial<Record<LabelKey, readonly string[]>> = {
  legalName: ['field-legal-name', 'field-organisation-legal-name'],
  country: ['field-country', 'field-organisation-country', 'field-org-country'],
  city: ['field-city', 'field-organisation-city', 'field-org-city', 'field-town'],
  region: ['field-region', 'field-organisation-region'],
  type: [
    'field-organisation-type',
    'field-organization-type',
    'field-type-of-organisation',
    'field-org-type',
    'field-institution-type',
  ],
  website: ['field-website', 'field-organisation-website', 'field-web-site', 'field-url'],
  email: ['field-email', 'field-e-mail', 'field-contact-email'],
  phone: ['field-phone', 'field-telephone', 'field-phone-number'],
  oid: ['field-oid', 'field-organisation-id'],
  pic: ['field-pic', 'field-pic-code'],
  deadline: ['field-deadline', 'field-application-deadline', 'field-expiry-date'],
  action: ['field-action', 'field-key-action', 'field-action-type'],
  startDate: ['field-start-date'],
  endDate: ['field-end-date'],
  description: ['body', 'field-description', 'field-about'],
  partnerCountries: ['field-partner-countries', 'field-countries', 'field-target-countries'],
};
