import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { CameraState } from './useCamera';
import { usePictureCheck } from './useCamera';
import type { RecordingPhase } from './useRecording';

interface CameraPanelProps {
  camera: CameraState;
  devices: MediaDeviceInfo[];
  cameraId: string | undefined;
  phase: RecordingPhase;
  maxSeconds: number;
  onCamera: (id: string) => void;
  onRetryCamera: () => void;
  onRecord: () => void;
  onStop: () => void;
}

/** The mirrored preview with its framing guide, the picture check, and the record button. */
export function CameraPanel({ camera, devices, cameraId, phase, maxSeconds, onCamera, onRetryCamera, onRecord, onStop }: CameraPanelProps) {
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const stream = camera.status === 'live' ? camera.stream : null;
  useEffect(() => {
    if (video && video.srcObject !== stream) video.srcObject = stream;
  }, [video, stream]);
  const check = usePictureCheck(video, stream);
  const elapsed = useElapsed(phase.phase === 'recording' ? phase.startedAt : null);

  if (camera.status !== 'live' && camera.status !== 'starting' && camera.status !== 'off') {
    return (
      <div class="camera-problem" role="alert" data-testid="camera-problem">
        <p>{t(`studio_camera_${camera.status}`)}</p>
        <button type="button" class="secondary" onClick={onRetryCamera}>
          {t('studio_camera_retry')}
        </button>
      </div>
    );
  }

  return (
    <div class="camera">
      <div class={`preview${phase.phase === 'recording' ? ' recording' : ''}`}>
        <video ref={setVideo} class="mirrored" autoplay muted playsInline aria-label={t('studio_preview_label')} data-testid="preview" />
        <svg class="guide" viewBox="0 0 160 120" preserveAspectRatio="none" aria-hidden="true">
          <ellipse cx="80" cy="34" rx="15" ry="19" />
          <rect x="28" y="56" width="104" height="60" rx="6" />
        </svg>
        {phase.phase === 'countdown' && (
          <div class="countdown" aria-hidden="true">
            {phase.left}
          </div>
        )}
        {phase.phase === 'recording' && (
          <div class="rec-badge" aria-hidden="true">
            ● {t('studio_recording_time', elapsed.toFixed(0), maxSeconds)}
          </div>
        )}
      </div>
      <p class="live" role="status" aria-live="polite" data-testid="recording-status">
        {phase.phase === 'countdown' ? t('studio_countdown', phase.left) : phase.phase === 'recording' ? t('studio_recording') : ''}
      </p>
      <div class="camera-row">
        {phase.phase === 'idle' ? (
          <button type="button" class="primary record" onClick={onRecord} disabled={!stream} aria-keyshortcuts="Space" data-testid="record">
            {t('studio_record')} <kbd>{t('studio_key_space')}</kbd>
          </button>
        ) : (
          <button type="button" class="primary stop" onClick={onStop} aria-keyshortcuts="Space" data-testid="stop">
            {t('studio_stop')} <kbd>{t('studio_key_space')}</kbd>
          </button>
        )}
        {devices.length > 1 && (
          <label class="inline">
            {t('studio_camera_choice')}
            <select value={cameraId ?? stream?.getVideoTracks()[0]?.getSettings().deviceId ?? ''} onChange={(event) => onCamera(event.currentTarget.value)}>
              {devices.map((device, i) => (
                <option value={device.deviceId} key={device.deviceId}>
                  {device.label || t('studio_camera_n', i + 1)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {check && <PictureReport check={check} />}
    </div>
  );
}

function PictureReport({ check }: { check: NonNullable<ReturnType<typeof usePictureCheck>> }) {
  const { width, height, frameRate } = check.facts;
  return (
    <div class="picture-check" data-testid="picture-check" data-warnings={check.warnings.join(' ')}>
      <p>{t('studio_picture_facts', `${width}×${height}`, frameRate ? Math.round(frameRate) : '?')}</p>
      {check.warnings.length === 0 ? (
        <p class="good">{t('studio_picture_good')}</p>
      ) : (
        <ul class="warnings">
          {check.warnings.map((warning) => (
            <li key={warning}>{t(`studio_picture_${warning.replace(/-/g, '_')}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function useElapsed(since: number | null): number {
  const [now, setNow] = useState(Date.now());
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  useEffect(() => {
    if (since === null) return;
    timer.current = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer.current);
  }, [since]);
  return since === null ? 0 : Math.max(0, (now - since) / 1000);
}
