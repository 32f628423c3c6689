/**
 * The files the incidents stage reads besides the documents: the user's provider table and
 * incident overrides, each the file an option names, else the first of its names found in the
 * corpus folder (`providers.yaml|yml|json`, `incidents.yaml|yml|json`), else none. They are read
 * when the stages are built, so their content is part of the stage's options (and of its cache
 * key: editing `incidents.yaml` makes the data folder stale and the next ingest regroups).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ProviderRecord } from '../providers/provider-table.js';
import { readProviderTable } from '../providers/read-provider-table.js';
import { INCIDENT_OVERRIDE_FILES, PROVIDER_TABLE_FILES } from './corpus-settings-files.js';
import type { GroupIncidentsOptions } from './group-incidents.js';
import { readIncidentOverrides, type IncidentOverrides } from './incident-overrides.js';

/** What the files hold. */
export interface LoadedGroupingInputs {
  providerTable: ProviderRecord[];
  overrides: IncidentOverrides | null;
}

/** The file an option names, else the first of `names` in `corpus`, else null. */
function locate(option: string, corpus: string | null, names: readonly string[]): string | null {
  if (option !== '') return option;
  if (corpus === null) return null;
  for (const name of names) {
    const candidate = path.join(corpus, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Reads the provider table and overrides of `options` (or of the corpus folder); throws a FaultlineError naming a bad file. */
export function loadGroupingInputs(options: Pick<GroupIncidentsOptions, 'providers' | 'overrides'>, corpus: string | null): LoadedGroupingInputs {
  const tableFile = locate(options.providers, corpus, PROVIDER_TABLE_FILES);
  const overridesFile = locate(options.overrides, corpus, INCIDENT_OVERRIDE_FILES);
  return {
    providerTable: tableFile === null ? [] : readProviderTable(tableFile),
    overrides: overridesFile === null ? null : readIncidentOverrides(overridesFile),
  };
}
