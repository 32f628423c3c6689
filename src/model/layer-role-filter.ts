/**
 * Which layers a reader counts: the layer filter, the layer facet, the stats and the exports read
 * origin layers (where it broke) by default; impacted layers (what failed as a consequence) are
 * reachable with `impacted`, and `any` reads both.
 */
/** The values of a layer-role option, the default first. */
export const LAYER_ROLE_FILTERS = Object.freeze(['origin', 'impacted', 'any'] as const);

/** A layer-role option: one layer role, or `any` for both. */
export type LayerRoleFilter = (typeof LAYER_ROLE_FILTERS)[number];

/** The default layer role: origin layers only. */
export const DEFAULT_LAYER_ROLE_FILTER: LayerRoleFilter = 'origin';

/** True when `value` is a layer-role option. */
export function isLayerRoleFilter(value: unknown): value is LayerRoleFilter {
  return typeof value === 'string' && (LAYER_ROLE_FILTERS as readonly string[]).includes(value);
}

/** True when a layer tag is an impacted layer (a tag without a role, from older data, counts as an origin layer). */
export function isImpactedLayer(tag: { role?: string }): boolean {
  return tag.role === 'impacted';
}

/** The tags of a layer list with the given role (`any`: every tag), in their order. */
export function layersOfRole<T extends { role?: string }>(tags: readonly T[], role: LayerRoleFilter): T[] {
  if (role === 'any') return [...tags];
  return tags.filter((tag) => isImpactedLayer(tag) === (role === 'impacted'));
}
