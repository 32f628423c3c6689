/**
 * The taxonomy as exports describe it (labels with definitions, the SoCC'16 mapping and the
 * certainty levels), read from the tagger's taxonomy module. This is the export's only import of
 * `src/tag/`, so a change there is absorbed here.
 */
import type { CauseLabel, Certainty, LayerLabel } from '../model/document.js';
import { CERTAINTY_DEFINITIONS, CERTAINTY_LEVELS, TAXONOMY } from '../model/taxonomy.js';

/** The taxonomy written into a data package manifest: labels and definitions, no tagger cues. */
export interface ExportTaxonomy {
  /** Failure layers (where it broke), in taxonomy order. */
  layers: { label: LayerLabel; definition: string }[];
  /** Root-cause classes (why it broke), with the SoCC'16 categories each corresponds to. */
  causes: { label: CauseLabel; definition: string; socc16: string[] }[];
  /** Certainty levels, strongest first. */
  certainty: { label: Certainty; definition: string }[];
}

/** The taxonomy for a manifest (a fresh copy each call). */
export function exportTaxonomy(): ExportTaxonomy {
  return {
    layers: TAXONOMY.layers.map(({ label, definition }) => ({ label, definition })),
    causes: TAXONOMY.causes.map(({ label, definition, socc16 }) => ({ label, definition, socc16: [...socc16] })),
    certainty: CERTAINTY_LEVELS.map((label) => ({ label, definition: CERTAINTY_DEFINITIONS[label] })),
  };
}
