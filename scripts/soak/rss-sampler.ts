/** Samples a process's resident set size from `/proc/<pid>/status` (VmRSS) at a fixed interval. */
import { readFile } from 'node:fs/promises';

/** One sample: seconds since sampling started, RSS in MiB. */
export interface RssSample {
  t: number;
  rssMiB: number;
}

/** A running sampler. */
export interface RssSampler {
  /** The samples so far. */
  samples(): readonly RssSample[];
  /** Stops sampling. */
  stop(): void;
}

/** Reads VmRSS (kB) of `pid`, or null when the process is gone. */
export async function readRssKb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match === null ? null : Number(match[1]);
  } catch {
    return null;
  }
}

/** Samples `pid` every `intervalMs` (first sample at once). */
export function sampleRss(pid: number, intervalMs: number): RssSampler {
  const samples: RssSample[] = [];
  const started = performance.now();
  const take = async (): Promise<void> => {
    const t = (performance.now() - started) / 1000;
    const kb = await readRssKb(pid);
    if (kb !== null) samples.push({ t: Math.round(t * 10) / 10, rssMiB: Math.round((kb / 1024) * 10) / 10 });
  };
  void take();
  const timer = setInterval(() => void take(), intervalMs);
  return {
    samples: () => samples,
    stop: () => clearInterval(timer),
  };
}
