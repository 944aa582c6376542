// Wall time per pipeline step, for `--timings`: a handful of `performance.now()` calls a run, so
// always measured and printed only when asked. Steps that overlap (schema.ts compiles on other
// threads while the rest renders) are timed as the waits the pipeline sees.
export class StepTimes {
  private readonly entries: [string, number][] = [];

  measure<T>(label: string, step: () => T): T {
    const started = performance.now();
    try {
      return step();
    } finally {
      this.add(label, performance.now() - started);
    }
  }

  async measureAsync<T>(label: string, step: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await step();
    } finally {
      this.add(label, performance.now() - started);
    }
  }

  /** `read and bundle 812 ms, model 95 ms, …`, steps in the order first met. */
  summary(): string {
    return this.entries.map(([label, ms]) => `${label} ${Math.round(ms)} ms`).join(", ");
  }

  private add(label: string, ms: number): void {
    const entry = this.entries.find(([name]) => name === label);
    if (entry === undefined) this.entries.push([label, ms]);
    else entry[1] += ms;
  }
}
