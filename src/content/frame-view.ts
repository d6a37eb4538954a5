import type { Box } from './position';

/**
 * The part of this frame's viewport that the reader can see in the top-level window. A frame is
 * often larger than what its page shows of it: fr-frames.html's 760 px frame in a 450 px window
 * (a 900 px window at 200 % zoom) showed the sign placed in the frame's own viewport half off
 * screen. A frame cannot read its position in a page of another origin, but an
 * IntersectionObserver without a root measures against the top-level viewport through every
 * ancestor frame's clip, and reports the visible part in this frame's coordinates.
 * Null in the top document, and until the first report. `onChange` is called at each report: the
 * top page scrolling moves what is seen of the frame without any scroll event in it.
 */
export function watchFrameView(onChange: () => void): { visible(): Box | null } {
  if (window === window.top || typeof IntersectionObserver === 'undefined') return { visible: () => null };
  let latest: Box | null = null;
  // Enough thresholds that the visible part is re-measured as the page scrolls the frame in and
  // out of view (a report comes only when a threshold is crossed).
  const thresholds = Array.from({ length: 101 }, (_, i) => i / 100);
  const observer = new IntersectionObserver(
    (records) => {
      const record = records[records.length - 1];
      if (!record) return;
      const r = record.intersectionRect;
      latest = record.isIntersecting && r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
      onChange();
    },
    { threshold: thresholds },
  );
  observer.observe(document.documentElement);
  return { visible: () => latest };
}

/** `viewport` cut to `visible` when they overlap; else `viewport` as it is. */
export function clipToVisible(viewport: Box, visible: Box | null): Box {
  if (!visible) return viewport;
  const left = Math.max(viewport.left, visible.left);
  const top = Math.max(viewport.top, visible.top);
  const right = Math.min(viewport.left + viewport.width, visible.left + visible.width);
  const bottom = Math.min(viewport.top + viewport.height, visible.top + visible.height);
  if (right <= left || bottom <= top) return viewport;
  return { left, top, width: right - left, height: bottom - top };
}
