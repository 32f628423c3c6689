/**
 * The incidents stage's files named on the command line: `--providers FILE` (a provider table
 * extending the shipped one, the `incidents.providers` option) and `--incidents FILE` (incident
 * overrides: merge, split, link; the `incidents.overrides` option). A path resolves from the
 * current folder; each file is read and checked once here, so a missing or malformed file is
 * refused before the ingest starts, with an error naming the flag and the path.
 */
import path from 'node:path';
import type { GroupIncidentsOptions } from '../incidents/group-incidents.js';
import { readIncidentOverrides } from '../incidents/incident-overrides.js';
import { FaultlineError } from '../model/diagnostic.js';
import { readProviderTable } from '../providers/read-provider-table.js';

/** The two flags as commander hands them over (unset when not given). */
export interface GroupingFileFlags {
  providers?: string;
  incidents?: string;
}

/** Each flag, the option it sets and the reader that checks its file. */
const FLAGS = [
  { flag: '--providers', key: 'providers', option: 'providers', read: readProviderTable },
  { flag: '--incidents', key: 'incidents', option: 'overrides', read: readIncidentOverrides },
] as const;

/** The `incidents` options the flags set (absolute paths), after checking each file; throws a FaultlineError naming the flag and the path. */
export function groupingFilesFrom(flags: GroupingFileFlags): Partial<Pick<GroupIncidentsOptions, 'providers' | 'overrides'>> {
  const options: Partial<Pick<GroupIncidentsOptions, 'providers' | 'overrides'>> = {};
  for (const { flag, key, option, read } of FLAGS) {
    const given = flags[key];
    if (given === undefined) continue;
    if (given.trim() === '') throw new FaultlineError(`ingest: ${flag}: expected a file name, got ${JSON.stringify(given)}`, { parameter: flag });
    const file = path.resolve(given);
    try {
      read(file);
    } catch (error) {
      if (!(error instanceof FaultlineError)) throw error;
      throw new FaultlineError(`ingest: ${flag} ${given}: ${error.message}`, { parameter: flag, cause: error });
    }
    options[option] = file;
  }
  return options;
}
