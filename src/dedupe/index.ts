export { dedupeDocuments, type DedupeResult } from './dedupe-documents.js';
export { minhashSignature, signatureOfShingles, estimateJaccard } from './minhash.js';
export { canonicalText, canonicalTokens } from './canonical-text.js';
export { findCandidatePairs, type LshOptions } from './lsh-candidates.js';
export {
  DEDUPE_DEFAULTS,
  resolveDedupeOptions,
  resolveSignatureOptions,
  type DedupeOptions,
  type ResolvedDedupeOptions,
} from './options.js';
export { shingleSet, shingleHashes, intersectionSize } from './shingles.js';
export { commentId, mergeComments } from './merge-comments.js';
export { mergeMetadata, type MergedMetadata } from './merge-metadata.js';
export { compareCopies } from './copy-ranking.js';
export { documentId, legacyDocumentId, DOCUMENT_ID_HEX_DIGITS, LEGACY_DOCUMENT_ID_HEX_DIGITS } from './document-id.js';
