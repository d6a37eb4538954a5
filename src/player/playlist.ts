import type { EntryView, VideoView } from '../common/messages';
import { MY_SIGN_PATH } from '../common/my-signs-db';

/** One playable video with the entry it belongs to: previous/next walk all videos of all entries. */
export interface PlaylistItem {
  entry: EntryView;
  video: VideoView;
}

/**
 * The background already checks video URLs; checked again here because a video's src is the
 * one outside value this page hands to the browser to fetch.
 */
function isPlayableUrl(url: string): boolean {
  // A sign of My signs: read from the contributor's database, never fetched (my-sign-source.ts).
  if (typeof location !== 'undefined' && url.startsWith(`${location.origin}/${MY_SIGN_PATH}`)) return true;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'blob:';
  } catch {
    return false;
  }
}

export function buildPlaylist(entries: EntryView[]): PlaylistItem[] {
  const items: PlaylistItem[] = [];
  for (const entry of entries) {
    for (const video of entry.videos) {
      if (isPlayableUrl(video.url)) items.push({ entry, video });
    }
  }
  return items;
}

export function isSafeLink(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
