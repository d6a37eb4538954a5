/**
 * The duration of a fragmented MP4 whose moov does not state it, from the fragments: each moof →
 * traf says which track it continues (tfhd), where its samples start on the track's clock
 * (tfdt) and how long each lasts (trun, or the defaults of tfhd and moov → mvex → trex). A
 * track ends where its last fragment's samples end; the file lasts as long as its longest track
 * in seconds, as ffprobe counts it. ffmpeg writes such files with `-movflags empty_moov`
 * (fragmented, nothing known in advance), and so do live and DASH muxers.
 *
 * The fragments are spread through the whole file: only the whole file gives the duration.
 */
import { type Box, boxesIn, findBox, fits, readUint64 } from './media-boxes';

/** What the fragment walker needs of a moov → trak. */
export interface TrackClock {
  /** tkhd's track_ID. */
  id: number;
  /** mdhd's ticks per second. */
  timescale: number;
}

export type FragmentsDuration = { duration: number } | { reason: string };

// tfhd flags: which optional fields follow the track id, in this order.
const TFHD_BASE_DATA_OFFSET = 0x01;
const TFHD_SAMPLE_DESCRIPTION_INDEX = 0x02;
const TFHD_DEFAULT_SAMPLE_DURATION = 0x08;
// trun flags: optional fields after the sample count, then the fields of each sample.
const TRUN_DATA_OFFSET = 0x01;
const TRUN_FIRST_SAMPLE_FLAGS = 0x04;
const TRUN_SAMPLE_DURATION = 0x100;
const TRUN_SAMPLE_FIELDS = [0x100, 0x200, 0x400, 0x800];

export function fragmentsDuration(view: DataView, top: Box[], mvex: Box | undefined, tracks: TrackClock[]): FragmentsDuration {
  const moofs = top.filter((box) => box.type === 'moof');
  if (moofs.length === 0) return { reason: 'the movie header gives no duration, and no fragments follow it' };
  const last = top[top.length - 1]!;
  if (last.end !== view.byteLength) {
    return { reason: 'a fragmented file without its total duration: read the whole file, its duration is the sum of its fragments' };
  }
  const defaults = trackDefaults(view, mvex);
  const ends = new Map<number, number>();
  for (const moof of moofs) {
    for (const traf of boxesIn(view, moof.dataStart, moof.end).filter((box) => box.type === 'traf')) {
      const fragment = readFragment(view, traf, defaults);
      if (!fragment) continue;
      const start = fragment.start ?? ends.get(fragment.track) ?? 0;
      ends.set(fragment.track, Math.max(ends.get(fragment.track) ?? 0, start + fragment.ticks));
    }
  }
  let duration = 0;
  for (const track of tracks) {
    const end = ends.get(track.id);
    if (end !== undefined && track.timescale > 0) duration = Math.max(duration, end / track.timescale);
  }
  if (!(duration > 0)) return { reason: 'the movie header gives no duration, and its fragments give none either' };
  return { duration };
}

/** moov → mvex → trex: each track's default sample duration. */
function trackDefaults(view: DataView, mvex: Box | undefined): Map<number, number> {
  const defaults = new Map<number, number>();
  if (!mvex) return defaults;
  for (const trex of boxesIn(view, mvex.dataStart, mvex.end).filter((box) => box.type === 'trex')) {
    // version/flags (4), track_ID (4), default_sample_description_index (4), default_sample_duration (4).
    if (fits(view, trex, trex.dataStart, 16)) defaults.set(view.getUint32(trex.dataStart + 4), view.getUint32(trex.dataStart + 12));
  }
  return defaults;
}

/** One traf: its track, its start on the track's clock if tfdt says, and its samples' total duration. */
function readFragment(view: DataView, traf: Box, defaults: Map<number, number>): { track: number; start?: number; ticks: number } | undefined {
  const tfhd = findBox(view, traf, ['tfhd']);
  if (!tfhd || !fits(view, tfhd, tfhd.dataStart, 8)) return undefined;
  const tfhdFlags = view.getUint32(tfhd.dataStart) & 0xffffff;
  const track = view.getUint32(tfhd.dataStart + 4);
  let at = tfhd.dataStart + 8;
  if (tfhdFlags & TFHD_BASE_DATA_OFFSET) at += 8;
  if (tfhdFlags & TFHD_SAMPLE_DESCRIPTION_INDEX) at += 4;
  let sampleDuration = defaults.get(track) ?? 0;
  if (tfhdFlags & TFHD_DEFAULT_SAMPLE_DURATION && fits(view, tfhd, at, 4)) sampleDuration = view.getUint32(at);

  const tfdt = findBox(view, traf, ['tfdt']);
  let start: number | undefined;
  if (tfdt && fits(view, tfdt, tfdt.dataStart, 8)) {
    const version1 = view.getUint8(tfdt.dataStart) === 1;
    if (!version1) start = view.getUint32(tfdt.dataStart + 4);
    else if (fits(view, tfdt, tfdt.dataStart, 12)) start = readUint64(view, tfdt.dataStart + 4);
  }

  let ticks = 0;
  for (const trun of boxesIn(view, traf.dataStart, traf.end).filter((box) => box.type === 'trun')) {
    if (!fits(view, trun, trun.dataStart, 8)) continue;
    const flags = view.getUint32(trun.dataStart) & 0xffffff;
    const count = view.getUint32(trun.dataStart + 4);
    let position = trun.dataStart + 8;
    if (flags & TRUN_DATA_OFFSET) position += 4;
    if (flags & TRUN_FIRST_SAMPLE_FLAGS) position += 4;
    if (!(flags & TRUN_SAMPLE_DURATION)) {
      ticks += count * sampleDuration;
      continue;
    }
    const stride = 4 * TRUN_SAMPLE_FIELDS.filter((field) => flags & field).length;
    // A count larger than the box holds is damage, not samples: stop at the box's end.
    for (let i = 0; i < count && fits(view, trun, position, 4); i += 1, position += stride) ticks += view.getUint32(position);
  }
  return { track, ...(start !== undefined ? { start } : {}), ticks };
}
