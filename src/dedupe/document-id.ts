/**
 * Document ids: `d` and the first 32 hex digits (128 bits) of the SHA-256 of the kept copy's
 * canonical text. Ids were 12 hex digits (48 bits) before, and two texts with one id took a
 * birthday search of about 2^24 hashes (a minute of CPU) to make; at 128 bits it takes about 2^64.
 * The old id is the first 13 characters of the new one (`legacyDocumentId`), so an id cited before
 * the change still names one document (look it up by prefix).
 */

/** Hex digits of the content hash kept in a document id. */
export const DOCUMENT_ID_HEX_DIGITS = 32;

/** Hex digits the ids had before (48 bits). */
export const LEGACY_DOCUMENT_ID_HEX_DIGITS = 12;

/** The id of a document whose kept text has canonical-text SHA-256 `hexKey`. */
export function documentId(hexKey: string): string {
  return `d${hexKey.slice(0, DOCUMENT_ID_HEX_DIGITS)}`;
}

/** The id `id` had before ids were lengthened (its first 13 characters; unchanged when already short). */
export function legacyDocumentId(id: string): string {
  return id.slice(0, 1 + LEGACY_DOCUMENT_ID_HEX_DIGITS);
}
