type Step = () => Promise<unknown>;

export type Cleanup = {
  /** Registers a step; steps run last-in first-out. */
  add(step: Step): void;
  /** Runs every step even when some fail, then rejects with all their errors. */
  run(): Promise<void>;
};

/** What a test started (servers, proxies, browser profiles), undone in afterEach even on failure. */
export function createCleanup(): Cleanup {
  let steps: Step[] = [];
  return {
    add(step) {
      steps.push(step);
    },
    async run() {
      const pending = steps.reverse();
      steps = [];
      const errors: unknown[] = [];
      for (const step of pending) {
        try {
          await step();
        } catch (error) {
          errors.push(error);
        }
      }
      if (errors.length === 1) throw errors[0];
      if (errors.length > 1) throw new AggregateError(errors, 'Several cleanup steps failed');
    },
  };
}
