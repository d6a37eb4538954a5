import type { Frame } from 'puppeteer';

/**
 * The height of the signer's face in the player's current video frame, in CSS px on screen,
 * found by skin tone: the frame is drawn at its own size onto a canvas (the player plays a Blob
 * URL of the cached video, same origin, so its pixels can be read), and in the middle band of
 * columns, where the Elix signers stand, rows holding skin-coloured pixels (Kovač's RGB rule)
 * are measured. The face runs from the first such row (the forehead, under the hair) down to the
 * chin, where the skin's width falls below 70 % of the face's widest row (the neck is narrower).
 * Hair is left out, so the figure errs on the small side. Call it with the signer at rest (hands
 * down, below the band's lower limit).
 */
export function faceHeightOnScreen(frame: Frame): Promise<{ native: number; onScreen: number; videoHeight: number }> {
  return frame.evaluate(() => {
    const video = document.querySelector('video')!;
    const width = video.videoWidth;
    const height = video.videoHeight;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    context.drawImage(video, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    const from = Math.floor(width * 0.3);
    const to = Math.ceil(width * 0.7);
    const rows: number[] = [];
    for (let y = 0; y < Math.floor(height * 0.6); y++) {
      let skin = 0;
      for (let x = from; x < to; x++) {
        const i = (y * width + x) * 4;
        const r = data[i]!,
          g = data[i + 1]!,
          b = data[i + 2]!;
        if (r > 95 && g > 40 && b > 20 && Math.max(r, g, b) - Math.min(r, g, b) > 15 && Math.abs(r - g) > 15 && r > g && r > b) skin++;
      }
      rows.push(skin);
    }
    const top = rows.findIndex((n) => n >= 8);
    if (top < 0) return { native: 0, onScreen: 0, videoHeight: height };
    let widest = 0;
    let chin = top;
    for (let y = top; y < rows.length; y++) {
      if (rows[y]! > widest) widest = rows[y]!;
      // Past the widest rows, the first row clearly narrower is the chin (the neck below it).
      if (y - top > 10 && rows[y]! < widest * 0.7) {
        chin = y;
        break;
      }
      chin = y;
    }
    const native = chin - top;
    const box = video.getBoundingClientRect();
    const shown = Math.min(box.height, (box.width * height) / width);
    return { native, onScreen: (native * shown) / height, videoHeight: height };
  });
}
