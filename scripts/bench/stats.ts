/**
 * Summaries of repeated measurements. The bench reports medians (one slow run on a shared
 * 2-core machine must not move the figure) with the range beside them, so noise stays visible.
 */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Every run's value, in run order, for anyone who wants to look again. */
  runs: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    runs: values.map((v) => round(v)),
  };
}

/** Two decimals: finer than any of these measurements can resolve. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
