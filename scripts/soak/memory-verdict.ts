/** The "memory flat after warm-up" verdict: mean RSS of the last third of the load against the middle third. */
import type { RssSample } from './rss-sampler.js';

/** The verdict and the figures behind it. */
export interface MemoryVerdict {
  firstMiB: number;
  lastMiB: number;
  peakMiB: number;
  /** Mean RSS of the middle third of the samples. */
  middleMeanMiB: number;
  /** Mean RSS of the last third of the samples. */
  lastMeanMiB: number;
  /** lastMean / middleMean - 1. */
  growth: number;
  /** Largest accepted growth. */
  limit: number;
  /** True when growth <= limit (and there were enough samples to judge). */
  flat: boolean;
  samples: number;
}

/** Fewest samples for a verdict (three per third). */
export const MIN_SAMPLES = 9;

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** Judges `samples` (in time order) against `limit` (0.15: +15 %). */
export function memoryVerdict(samples: readonly RssSample[], limit: number): MemoryVerdict {
  const values = samples.map((s) => s.rssMiB);
  const third = Math.floor(values.length / 3);
  const middle = values.slice(third, 2 * third);
  const last = values.slice(values.length - third);
  const middleMean = mean(middle);
  const lastMean = mean(last);
  const growth = middleMean > 0 ? lastMean / middleMean - 1 : 0;
  return {
    firstMiB: values[0] ?? 0,
    lastMiB: values.at(-1) ?? 0,
    peakMiB: values.length === 0 ? 0 : Math.max(...values),
    middleMeanMiB: round(middleMean),
    lastMeanMiB: round(lastMean),
    growth: round(growth, 3),
    limit,
    flat: values.length >= MIN_SAMPLES && growth <= limit,
    samples: values.length,
  };
}
