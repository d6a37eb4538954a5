/**
 * Reading a V8 CPU profile (CDP Profiler) of a page's main thread: how much sampled time went to
 * Signet's content script, to the floor, and to garbage collection.
 *
 * The content script runs in an isolated world of the page's own isolate, so one profile of the
 * page target sees both. A sample belongs to Signet when any frame of its stack comes from the
 * extension's URL: DOM calls (TreeWalker.nextNode, getBoundingClientRect, which may lay the page
 * out) show up as native leaf frames under Signet's JS, and they are work Signet asked for.
 */
import type { Protocol } from 'puppeteer';

export type SampleClass = 'signet' | 'floor' | 'bare' | 'signit' | 'anchor' | 'gc' | 'idle' | 'other';

/** Script URLs the bench gives its own in-page code (`//# sourceURL=`), to find it in profiles. */
export const FLOOR_URL = 'signet-bench-floor.js';
export const ANCHOR_URL = 'signet-bench-anchor.js';
/** The bare cold floor and the SignIt-style highlighter (in-page.ts). */
export const BARE_URL = 'signet-bench-bare.js';
export const SIGNIT_URL = 'signet-bench-signit.js';

export interface ProfileFacts {
  /** Sampled main-thread time whose stack holds a Signet frame, ms. */
  signetMs: number;
  floorMs: number;
  bareMs: number;
  signitMs: number;
  gcMs: number;
  /** Signet time per leaf: a file of the extension, or a native call and the file that made it. */
  signetByLeaf: Record<string, number>;
  /** Converts a time in the profile (µs) to the page's performance.now() (ms); null without an anchor. */
  toPageMs: ((ticksUs: number) => number) | null;
  /** Every sample: start (µs), duration (µs) and class, for sharing tasks out (tasks.ts). */
  samples: Array<[number, number, SampleClass]>;
  /** Time (µs) of the first Signet sample. */
  firstSignetUs: number | null;
}

export function analyzeProfile(profile: Protocol.Profiler.Profile, extensionOrigin: string, anchorPageMs?: number): ProfileFacts {
  const classOf = classifyNodes(profile, extensionOrigin);
  const leafName = new Map<number, string>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];

  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) times.push((t += deltas[i] ?? 0));

  const facts: ProfileFacts = {
    signetMs: 0,
    floorMs: 0,
    bareMs: 0,
    signitMs: 0,
    gcMs: 0,
    signetByLeaf: {},
    toPageMs: null,
    samples: [],
    firstSignetUs: null,
  };
  let anchorUs: number | null = null;
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    // A sample stands for the time until the next one (DevTools' convention).
    const duration = (i + 1 < times.length ? times[i + 1]! : profile.endTime) - times[i]!;
    const kind = classOf.get(id) ?? 'other';
    facts.samples.push([times[i]!, duration, kind]);
    if (kind === 'signet') {
      facts.signetMs += duration / 1000;
      facts.firstSignetUs ??= times[i]!;
      const leaf = leafName.get(id) ?? describeLeaf(id, nodes, parentOf, extensionOrigin, leafName);
      facts.signetByLeaf[leaf] = (facts.signetByLeaf[leaf] ?? 0) + duration / 1000;
      continue;
    }
    if (kind === 'gc') facts.gcMs += duration / 1000;
    if (kind === 'floor') facts.floorMs += duration / 1000;
    if (kind === 'bare') facts.bareMs += duration / 1000;
    if (kind === 'signit') facts.signitMs += duration / 1000;
    if (kind === 'anchor' && anchorUs === null) anchorUs = times[i]!;
  }
  if (anchorUs !== null && anchorPageMs !== undefined) {
    const origin = anchorUs;
    facts.toPageMs = (us) => anchorPageMs + (us - origin) / 1000;
  }
  return facts;
}

/** Each node's class comes from its own frame or, failing that, from its nearest classed ancestor. */
function classifyNodes(profile: Protocol.Profiler.Profile, extensionOrigin: string): Map<number, SampleClass> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const classes = new Map<number, SampleClass>();
  const own = (node: Protocol.Profiler.ProfileNode): SampleClass | null => {
    const { url, functionName } = node.callFrame;
    if (url.startsWith(extensionOrigin)) return 'signet';
    if (url.endsWith(FLOOR_URL)) return 'floor';
    if (url.endsWith(ANCHOR_URL)) return 'anchor';
    if (url.endsWith(BARE_URL)) return 'bare';
    if (url.endsWith(SIGNIT_URL)) return 'signit';
    if (functionName === '(garbage collector)') return 'gc';
    if (functionName === '(idle)') return 'idle';
    return null;
  };
  const resolve = (id: number): SampleClass => {
    const known = classes.get(id);
    if (known) return known;
    // Walk up to the first classed frame; everything on the way gets its answer.
    const path: number[] = [];
    let found: SampleClass = 'other';
    for (let cur: number | undefined = id; cur !== undefined; cur = parentOf.get(cur)) {
      const cached = classes.get(cur);
      if (cached) {
        found = cached;
        break;
      }
      path.push(cur);
      const c = own(byId.get(cur)!);
      if (c) {
        found = c;
        break;
      }
    }
    for (const p of path) classes.set(p, found);
    return found;
  };
  for (const node of profile.nodes) resolve(node.id);
  return classes;
}

/**
 * "js <file>" for time in Signet's own code; "<native> ← <file>" for a native or built-in leaf
 * (DOM call, compiled RegExp) with the Signet file that called it. V8 names some extension API
 * bindings oddly: runtime.sendMessage's native part shows up as "getUILanguage".
 */
function describeLeaf(id: number, nodes: Map<number, Protocol.Profiler.ProfileNode>, parentOf: Map<number, number>, extensionOrigin: string, cache: Map<number, string>): string {
  const node = nodes.get(id)!;
  const file = (url: string) =>
    url
      .slice(extensionOrigin.length)
      .replace(/^\/assets\//, '')
      .replace(/-[\w-]{8}\.js$/, '.js');
  let name: string;
  if (node.callFrame.url.startsWith(extensionOrigin)) name = `js ${file(node.callFrame.url)}`;
  else {
    let caller = parentOf.get(id);
    while (caller !== undefined && !nodes.get(caller)!.callFrame.url.startsWith(extensionOrigin)) caller = parentOf.get(caller);
    const native = node.callFrame.functionName.startsWith('RegExp: ') ? 'RegExp' : node.callFrame.functionName || '(native)';
    name = caller === undefined ? native : `${native} ← ${file(nodes.get(caller)!.callFrame.url)}`;
  }
  cache.set(id, name);
  return name;
}
