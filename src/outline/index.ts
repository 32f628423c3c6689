/** The outline stage: trigger, detection, mitigation, timeline, durations and action items of a report. */
export * from './read-outline.js';
export * from './read-times.js';
