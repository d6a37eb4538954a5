/**
 * Installs and updates under way: one at a time per source (an "update now" during the daily
 * check waits for it instead of interleaving with it), their progress for the options page, and
 * keeping the service worker awake meanwhile. Chrome stops an extension's worker after 30 s
 * without extension events, even with downloads running; calling any extension API resets that
 * timer, so a long install calls `keepAlive` (runtime.getPlatformInfo in the worker) regularly.
 */
import type { InstallProgress } from '../common/messages';

const KEEP_ALIVE_MS = 20_000;

export interface ProgressHandle {
  update(patch: Partial<Pick<InstallProgress, 'phase' | 'done' | 'total' | 'name'>>): void;
  /** The source's id, once pack.json has said it. */
  rekey(key: string): void;
  end(): void;
}

export class InstallJobs {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly progress = new Map<symbol, InstallProgress>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly keepAlive?: () => unknown) {}

  /** Runs `work` once the jobs already queued for `key` are done. */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }

  track(url: string, resumed = false): ProgressHandle {
    const id = Symbol(url);
    this.progress.set(id, { key: url, url, phase: 'connecting', done: 0, total: 0, resumed });
    this.awake();
    return {
      update: (patch) => {
        const current = this.progress.get(id);
        if (current) this.progress.set(id, { ...current, ...patch });
      },
      rekey: (key) => {
        const current = this.progress.get(id);
        if (current) this.progress.set(id, { ...current, key });
      },
      end: () => {
        this.progress.delete(id);
        this.awake();
      },
    };
  }

  list(): InstallProgress[] {
    return [...this.progress.values()];
  }

  get busy(): boolean {
    return this.progress.size > 0;
  }

  private awake(): void {
    if (!this.keepAlive) return;
    if (this.busy && this.timer === undefined) {
      this.timer = setInterval(() => void Promise.resolve(this.keepAlive?.()).catch(() => undefined), KEEP_ALIVE_MS);
    } else if (!this.busy && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
