// Where a run's time goes, stage by stage (`run --profile`, the end-to-end benchmark): the wall
// time of each stage, summed over the threads that did it. Off unless asked for: without a clock
// a stage costs one comparison.

/** The stages of a run, in the order a document goes through them. */
export const STAGES = ['read', 'normalise', 'segment', 'align', 'check', 'fix', 'parallel', 'render', 'write'] as const;
export type Stage = (typeof STAGES)[number];

/** Milliseconds per stage (plain data: it crosses threads and the queue with a unit's result). */
export type StageTimes = Partial<Record<Stage, number>>;

export class StageClock {
  readonly times: Record<Stage, number> = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

  time<T>(stage: Stage, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.times[stage] += performance.now() - start;
    }
  }

  async timeAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.times[stage] += performance.now() - start;
    }
  }

  /** Adds another clock's times (a unit timed on another thread). */
  add(times: StageTimes): void {
    for (const stage of STAGES) this.times[stage] += times[stage] ?? 0;
  }
}

/** `work` timed as `stage` when there is a clock. */
export function timed<T>(clock: StageClock | undefined, stage: Stage, work: () => T): T {
  return clock ? clock.time(stage, work) : work();
}

/** The profile as lines for stderr: each stage's seconds and share of the whole. */
export function formatStageTimes(times: Record<Stage, number>, wallMs: number): string[] {
  const total = STAGES.reduce((n, s) => n + times[s], 0);
  const share = (ms: number) => `${total > 0 ? Math.round((100 * ms) / total) : 0}%`;
  return [
    `stage       seconds  share   (wall time per stage, summed over threads; the run took ${(wallMs / 1000).toFixed(1)} s)`,
    ...STAGES.map((s) => `${s.padEnd(10)} ${(times[s] / 1000).toFixed(2).padStart(8)}  ${share(times[s]).padStart(5)}`),
    `${'total'.padEnd(10)} ${(total / 1000).toFixed(2).padStart(8)}`,
  ];
}
