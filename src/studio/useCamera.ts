import { useEffect, useRef, useState } from 'preact/hooks';
import { lumaFacts, pictureWarnings, type PictureFacts, type PictureWarning } from '../core/studio/picture';

export type CameraState = { status: 'off' | 'starting' } | { status: 'live'; stream: MediaStream; label: string } | { status: 'refused' | 'absent' | 'failed' | 'ended' };

export interface PictureCheck {
  facts: PictureFacts;
  warnings: PictureWarning[];
}

/**
 * The camera: asked for when the studio opens (the browser asks the contributor once), the one
 * chosen last time first. A stream whose track ends (unplugged, permission revoked) turns to
 * "ended"; a take under way keeps what it recorded (recorder.ts).
 */
export function useCamera(deviceId: string | undefined, enabled: boolean) {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let stream: MediaStream | null = null;
    let current = true;
    setState({ status: 'starting' });
    // 640×480, as the Elix dictionary films: enough for hands and faces, and a third of 720p's
    // pixels to decode when a take is analysed for its trim (a 10 s take on 2 busy cores).
    const video: MediaTrackConstraints = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } };
    // The camera chosen is asked for exactly (Chromium treats an "ideal" device as a hint it may
    // ignore); when it is gone (unplugged), any camera will do.
    const ask = () =>
      deviceId
        ? navigator.mediaDevices.getUserMedia({ video: { ...video, deviceId: { exact: deviceId } }, audio: false }).catch((error: DOMException) => {
            if (error?.name === 'OverconstrainedError' || error?.name === 'NotFoundError') return navigator.mediaDevices.getUserMedia({ video, audio: false });
            throw error;
          })
        : navigator.mediaDevices.getUserMedia({ video, audio: false });
    ask()
      .then(async (got) => {
        stream = got;
        if (!current) return got.getTracks().forEach((track) => track.stop());
        const track = got.getVideoTracks()[0]!;
        track.addEventListener('ended', () => current && setState({ status: 'ended' }));
        setState({ status: 'live', stream: got, label: track.label });
        setDevices((await navigator.mediaDevices.enumerateDevices()).filter((device) => device.kind === 'videoinput'));
      })
      .catch((error: DOMException) => {
        if (!current) return;
        if (error?.name === 'NotAllowedError' || error?.name === 'SecurityError') setState({ status: 'refused' });
        else if (error?.name === 'NotFoundError' || error?.name === 'OverconstrainedError') setState({ status: 'absent' });
        else setState({ status: 'failed' });
      });
    return () => {
      current = false;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [deviceId, enabled, attempt]);

  return { state, devices, retry: () => setAttempt((n) => n + 1) };
}

/** Looks at the picture once the preview plays: size, frame rate, light. */
export function usePictureCheck(video: HTMLVideoElement | null, stream: MediaStream | null): PictureCheck | null {
  const [check, setCheck] = useState<PictureCheck | null>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    setCheck(null);
    if (!video || !stream) return;
    const track = stream.getVideoTracks()[0];
    // A few frames in: the first ones of a camera are often dark while it adjusts its exposure.
    const timer = setTimeout(() => {
      if (video.videoWidth === 0) return;
      canvas.current ??= document.createElement('canvas');
      const c = canvas.current;
      c.width = 64;
      c.height = 48;
      const context = c.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(video, 0, 0, c.width, c.height);
      const luma = lumaFacts(context.getImageData(0, 0, c.width, c.height).data, c.width, c.height);
      const settings = track?.getSettings() ?? {};
      const facts: PictureFacts = { width: settings.width ?? video.videoWidth, height: settings.height ?? video.videoHeight, frameRate: settings.frameRate ?? 0, ...luma };
      setCheck({ facts, warnings: pictureWarnings(facts) });
    }, 700);
    return () => clearTimeout(timer);
  }, [video, stream]);
  return check;
}
