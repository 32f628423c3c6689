/** Timing of hostile requests: each sent with a concurrent `/healthz`, the worst case of each kept, rendered as a Markdown table. */
import type { HostileRequest } from './hostile-requests.js';
import { sendRequest } from './send-request.js';

/** Timings of one hostile request over its repeats. */
export interface HostileTiming {
  name: string;
  /** Status of the last answer. */
  status: number;
  /** Each repeat's time, ms. */
  ms: number[];
  /** Each concurrent /healthz's time, ms. */
  healthzMs: number[];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Sends `request` and a `/healthz` together; both must answer within `timeoutMs`. */
export async function sendWithHealthCheck(base: string, request: HostileRequest, timeoutMs: number) {
  const [answer, health] = await Promise.all([sendRequest(base, request, timeoutMs), sendRequest(base, { path: '/healthz' }, timeoutMs)]);
  return { answer, health };
}

/** Sends every request `repeat` times (one at a time, each with a concurrent /healthz). */
export async function timeHostileRequests(base: string, requests: readonly HostileRequest[], repeat: number, timeoutMs: number): Promise<HostileTiming[]> {
  const timings: HostileTiming[] = [];
  for (const request of requests) {
    const timing: HostileTiming = { name: request.name, status: 0, ms: [], healthzMs: [] };
    for (let i = 0; i < repeat; i++) {
      const { answer, health } = await sendWithHealthCheck(base, request, timeoutMs);
      timing.status = answer.status;
      timing.ms.push(answer.ms);
      timing.healthzMs.push(health.ms);
    }
    timings.push(timing);
  }
  return timings;
}

/** The `limit` slowest requests (by worst time) as a Markdown table. */
export function renderTimingTable(timings: readonly HostileTiming[], limit = timings.length): string {
  const rows = [...timings].sort((a, b) => Math.max(...b.ms) - Math.max(...a.ms)).slice(0, limit);
  const lines = ['| request | status | worst ms | median ms | worst concurrent /healthz ms |', '|---|---|---|---|---|'];
  for (const t of rows) {
    const sorted = [...t.ms].sort((a, b) => a - b);
    lines.push(`| ${t.name.replace(/\|/g, '\\|')} | ${t.status} | ${round(sorted.at(-1) ?? 0)} | ${round(sorted[Math.floor((sorted.length - 1) / 2)] ?? 0)} | ${round(Math.max(...t.healthzMs))} |`);
  }
  return lines.join('\n');
}
