import { useEffect, useRef, useState } from 'preact/hooks';
import { resolveSource } from '../useVideoSource';

/**
 * Playable sources (Blob URLs from the cache) of the phrase's videos, resolved for the ones
 * `wanted` now (the current sign and the next), so that the next one is in memory before the
 * current one ends. Each URL is resolved once; Blob URLs are released with the phrase.
 */
export function usePreloadedVideos(wanted: readonly string[]): Readonly<Record<string, string>> {
  const [sources, setSources] = useState<Record<string, string>>({});
  const asked = useRef(new Set<string>());
  const blobs = useRef<string[]>([]);
  useEffect(() => {
    for (const url of wanted) {
      if (asked.current.has(url)) continue;
      asked.current.add(url);
      void resolveSource(url).then((source) => {
        if (source.status !== 'ready') return;
        if (source.fromCache) blobs.current.push(source.src);
        setSources((known) => ({ ...known, [url]: source.src }));
      });
    }
  }, [wanted.join('\n')]);
  useEffect(
    () => () => {
      for (const blob of blobs.current) URL.revokeObjectURL(blob);
    },
    [],
  );
  return sources;
}
