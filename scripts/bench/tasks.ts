/**
 * The page's main-thread tasks, from a Chrome trace of the "toplevel" category, and who ran in
 * each (from the CPU profile's samples: V8's profiler and the trace share one clock).
 *
 * Why a trace and not only the profile: Signet yields with scheduler.yield, whose continuation
 * can run right after the previous slice, so consecutive Signet samples do not show where one
 * task ends and the next begins. Why not only the Long Tasks API: it says how long a task was,
 * not whose code ran in it. In the trace a promise continuation runs in a microtask checkpoint
 * event right after its (tiny) task, so a task here is a RunTask plus the checkpoint after it.
 *
 * The trace also gives each task's thread time (`tdur`): the CPU the renderer's main thread
 * really had, which a busy machine does not inflate, where wall time (and the profiler's
 * sample durations, measured between samples) counts the moments the thread was waiting for a
 * core. Shared out by the samples, it gives Signet's and the floor's CPU time.
 */
import type { SampleClass } from './profile';

export interface TaskShare {
  /** Trace clock, µs. */
  start: number;
  durationMs: number;
  /** Thread (CPU) time of the task. */
  cpuMs: number;
  /** Sampled time in the task: all of it, Signet's, the floor's. */
  sampledMs: number;
  signetMs: number;
  floorMs: number;
  bareMs: number;
  signitMs: number;
}

/** The parties whose CPU time is shared out of the tasks. */
export type Party = 'signetMs' | 'floorMs' | 'bareMs' | 'signitMs';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const TASK = 'ThreadControllerImpl::RunTask';
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint starting this soon after a task ends belongs to it. */
const ADJACENT_US = 100;

export const TRACE_CATEGORIES = ['toplevel', '__metadata'];

/** Tasks of the renderer main thread that ran Signet's code or the floor, with the share of each. */
export function mainThreadTasks(traceEvents: readonly TraceEvent[], samples: ReadonlyArray<[number, number, SampleClass]>): TaskShare[] {
  const mainThreads = new Set<string>();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || (e.name !== TASK && e.name !== CHECKPOINT)) continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread)) continue;
    let list = byThread.get(thread);
    if (!list) byThread.set(thread, (list = []));
    list.push(e);
  }
  // The page's renderer is the one whose tasks hold the samples.
  let best: TaskShare[] = [];
  let bestSampled = 0;
  for (const events of byThread.values()) {
    const shares = attribute(mergeTasks(events), samples);
    const sampled = shares.reduce((sum, t) => sum + t.signetMs + t.floorMs + t.bareMs + t.signitMs, 0);
    if (sampled > bestSampled) {
      bestSampled = sampled;
      best = shares;
    }
  }
  return best.filter((t) => t.signetMs > 0 || t.floorMs > 0 || t.bareMs > 0 || t.signitMs > 0);
}

/** CPU time of one party: each task's thread time, shared out by its samples. */
export function cpuOf(tasks: readonly TaskShare[], party: Party): number {
  let sum = 0;
  for (const t of tasks) if (t.sampledMs > 0) sum += (t.cpuMs * t[party]) / t.sampledMs;
  return sum;
}

interface Task {
  start: number;
  end: number;
  cpu: number;
}

function mergeTasks(events: TraceEvent[]): Task[] {
  events.sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  for (const e of events) {
    const end = e.ts + (e.dur ?? 0);
    const cpu = e.tdur ?? e.dur ?? 0;
    const last = tasks.at(-1);
    if (last && e.ts < last.end) {
      last.end = Math.max(last.end, end); // Nested (a checkpoint inside its task): already counted.
    } else if (last && e.name === CHECKPOINT && e.ts - last.end < ADJACENT_US) {
      last.end = end;
      last.cpu += cpu;
    } else {
      tasks.push({ start: e.ts, end, cpu });
    }
  }
  return tasks;
}

/** Sums the samples falling in each task (both lists sorted by time). */
function attribute(tasks: Task[], samples: ReadonlyArray<[number, number, SampleClass]>): TaskShare[] {
  const shares: TaskShare[] = [];
  let i = 0;
  for (const task of tasks) {
    while (i < samples.length && samples[i]![0] < task.start) i++;
    let sampled = 0;
    let signet = 0;
    let floor = 0;
    let bare = 0;
    let signit = 0;
    for (let j = i; j < samples.length && samples[j]![0] < task.end; j++) {
      const [, duration, kind] = samples[j]!;
      if (kind === 'idle') continue;
      sampled += duration;
      if (kind === 'signet') signet += duration;
      else if (kind === 'floor') floor += duration;
      else if (kind === 'bare') bare += duration;
      else if (kind === 'signit') signit += duration;
    }
    shares.push({
      start: task.start,
      durationMs: (task.end - task.start) / 1000,
      cpuMs: task.cpu / 1000,
      sampledMs: sampled / 1000,
      signetMs: signet / 1000,
      floorMs: floor / 1000,
      bareMs: bare / 1000,
      signitMs: signit / 1000,
    });
  }
  return shares;
}
