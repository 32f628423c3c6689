/** The outline stage: trigger, detection, mitigation, timeline, durations and action items of a report, and their evaluation. */
export * from './evaluate-outline.js';
export * from './read-outline.js';
export * from './read-times.js';
