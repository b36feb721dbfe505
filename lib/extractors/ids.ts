/** Identifiers that appear across platforms (see shared/docs/platforms.md §0). */

const OID = /\bE\d{8}\b/;
const PIC_NEAR_LABEL = /\bPIC\b[^0-9]{0,20}(\d{9})\b/i;
const NA_PROJECT = /\b(20\d{2}-[1-3]-[A-Z]{2}\d{2}-KA\d{3}(?:-[A-Z]{3})?-\d{6,9})\b/;

export function findOid(text: string): string | undefined {
  return OID.exec(text)?.[0];
}

/** A PIC is only trusted next to its label: any 9-digit number is not a PIC. */
export function findPic(text: string): string | undefined {
  return PIC_NEAR_LABEL.exec(text)?.[1];
}

export function findProjectIdentifier(text: string): string | undefined {
  return NA_PROJECT.exec(text)?.[1];
}

/** KA220-YOU, KA152-YOU, KA210-ADU… as written in an NA identifier or free text. */
export function findAction(text: string): string | undefined {
  const fromId = /-(KA\d{3})-([A-Z]{3})-/.exec(text);
  if (fromId) return `${fromId[1]}-${fromId[2]}`;
  return /\bKA\d{3}(?:-[A-Z]{3})?\b/.exec(text)?.[0];
}

/** The EU's own country codes differ from ISO 3166 for Greece and the UK. */
export function normaliseCountryCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  return upper === 'EL' ? 'GR' : upper === 'UK' ? 'GB' : upper;
}
