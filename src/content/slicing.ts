/**
 * Long work is cut into slices of a few milliseconds so that no task Signet runs on a page
 * comes near the 50 ms "long task" line, even on 1.6 MB pages such as yahoo-2.html.
 */
export const SLICE_MS = 6;

export function deadlineIn(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Lets the page run (input, rendering) before the next slice. */
export function yieldToPage(): Promise<void> {
  // scheduler.yield (Chromium 129+) resumes ahead of other queued tasks; setTimeout elsewhere.
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
