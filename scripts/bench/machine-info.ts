/**
 * The machine a bench ran on (for the report header).
 */
import { cpus, loadavg, totalmem } from 'node:os';

/** Machine facts. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalMemMb: number;
  node: string;
  platform: string;
  arch: string;
  /** 1-minute load average when the bench started (other processes share the cores). */
  loadAvg1: number;
}

/** Reads the machine facts now. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    totalMemMb: Math.round(totalmem() / 1048576),
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    loadAvg1: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
