import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { clampTrim, type TrimRange } from '../core/studio/trim';

interface TrimPanelProps {
  blob: Blob;
  duration: number;
  range: TrimRange;
  suggested: TrimRange | null;
  /** False while the frames are still being looked at for a suggestion. */
  analysed: boolean;
  /** Thumbnails of the filmstrip (data: URLs), evenly spread over the take; empty while they are made. */
  filmstrip: string[];
  onRange: (range: TrimRange) => void;
}

const STEP = 0.05;

/**
 * In and out points on a filmstrip, the chosen range looping in the preview. The points are two
 * native sliders (arrow keys move them by 0.05 s, Page Up/Down by more), which keeps the panel
 * usable from the keyboard and by screen readers.
 */
export function TrimPanel({ blob, duration, range, suggested, analysed, filmstrip, onRange }: TrimPanelProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [src, setSrc] = useState('');
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    setSrc(url);
    return () => URL.revokeObjectURL(url);
  }, [blob]);

  // The chosen range loops: past the out point, back to the in point.
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    const loop = () => {
      if (element.currentTime >= range.end || element.currentTime < range.start - 0.1) element.currentTime = range.start;
    };
    element.currentTime = range.start;
    element.addEventListener('timeupdate', loop);
    return () => element.removeEventListener('timeupdate', loop);
  }, [range.start, range.end, src]);

  const set = (patch: Partial<TrimRange>) => onRange(clampTrim({ ...range, ...patch }, duration));
  const left = `${(range.start / duration) * 100}%`;
  const width = `${((range.end - range.start) / duration) * 100}%`;

  return (
    <div class="trim" data-testid="trim" data-analysed={String(analysed)} aria-busy={!analysed}>
      <video ref={video} class="review-video" src={src} autoplay muted loop playsInline aria-label={t('studio_review_label')} data-testid="review-video" />
      <div class="filmstrip" aria-hidden="true" data-testid="filmstrip">
        {filmstrip.map((thumb, i) => (thumb ? <img key={i} src={thumb} alt="" /> : <span key={i} class="thumb-gap" />))}
        <div class="chosen" style={{ left, width }} />
      </div>
      <div class="trim-row">
        <label>
          {t('studio_trim_in')}
          <input
            type="range"
            min={0}
            max={duration}
            step={STEP}
            value={range.start}
            onInput={(event) => set({ start: Number(event.currentTarget.value) })}
            aria-valuetext={t('studio_seconds', range.start.toFixed(2))}
            data-testid="trim-in"
          />
        </label>
        <label>
          {t('studio_trim_out')}
          <input
            type="range"
            min={0}
            max={duration}
            step={STEP}
            value={range.end}
            onInput={(event) => set({ end: Number(event.currentTarget.value) })}
            aria-valuetext={t('studio_seconds', range.end.toFixed(2))}
            data-testid="trim-out"
          />
        </label>
      </div>
      <p class="trim-facts" data-testid="trim-facts">
        {t('studio_trim_facts', range.start.toFixed(2), range.end.toFixed(2), (range.end - range.start).toFixed(2), duration.toFixed(2))}
      </p>
      <div class="trim-row">
        <button type="button" class="secondary" disabled={!suggested} onClick={() => suggested && onRange(suggested)} data-testid="trim-suggested">
          {t('studio_trim_suggested')}
        </button>
        <button type="button" class="secondary" onClick={() => onRange({ start: 0, end: duration })} data-testid="trim-whole">
          {t('studio_trim_whole')}
        </button>
      </div>
    </div>
  );
}
