/**
 * The one string order of Faultline: UTF-16 code units, the order of `Array.prototype.sort()`
 * without a comparator. Unlike `localeCompare` or `Intl.Collator`, it is the same on every
 * machine whatever its locale, so ids, file lists, facets, manifests and exports come out in the
 * same order everywhere (uppercase before lowercase, accents after ASCII).
 */

/** Compares two strings by UTF-16 code units: negative when `a` sorts first, 0 when equal, positive otherwise. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
