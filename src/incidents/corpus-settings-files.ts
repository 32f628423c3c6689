/**
 * The settings files a corpus folder may hold at its top level beside its reports: the user's
 * provider table and incident overrides. The corpus listing skips them (they are not reports);
 * the incidents stage reads them (`grouping-inputs.ts`).
 */

/** Provider table file names, tried in order. */
export const PROVIDER_TABLE_FILES: readonly string[] = ['providers.yaml', 'providers.yml', 'providers.json'];

/** Incident overrides file names, tried in order. */
export const INCIDENT_OVERRIDE_FILES: readonly string[] = ['incidents.yaml', 'incidents.yml', 'incidents.json'];

/** Every settings file name (lower case). */
export const CORPUS_SETTINGS_FILES: ReadonlySet<string> = new Set([...PROVIDER_TABLE_FILES, ...INCIDENT_OVERRIDE_FILES]);
