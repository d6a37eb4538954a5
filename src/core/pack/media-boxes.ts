/**
 * ISO BMFF boxes (ISO/IEC 14496-12): 32-bit size (or 1 and a 64-bit size after the type, or 0
 * for "to the end of the container") and a 4-letter type, then the data. Shared by the MP4
 * reader and its fragment walker.
 */

export interface Box {
  type: string;
  dataStart: number;
  /** Past the box; beyond the buffer when the bytes read stop inside it. */
  end: number;
}

/** The boxes between start and end; the last may run past the buffer (see Box.end). */
export function boxesIn(view: DataView, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  const limit = Math.min(end, view.byteLength);
  for (let position = start; position + 8 <= limit; ) {
    let size = view.getUint32(position);
    const type = fourCC(view, position + 4);
    let headerSize = 8;
    if (size === 1) {
      // 64-bit "largesize" follows the type.
      if (position + 16 > limit) break;
      size = readUint64(view, position + 8);
      headerSize = 16;
    } else if (size === 0) {
      size = end - position; // runs to the end of its container
    }
    if (size < headerSize) break;
    boxes.push({ type, dataStart: position + headerSize, end: position + size });
    position += size;
  }
  return boxes;
}

/** The first child of that type, following a path of types (["mdia", "mdhd"]). */
export function findBox(view: DataView, parent: Box | undefined, path: string[]): Box | undefined {
  let box = parent;
  for (const type of path) {
    if (!box) return undefined;
    box = boxesIn(view, box.dataStart, box.end).find((child) => child.type === type);
  }
  return box;
}

/** Whether `length` more bytes from `at` are inside both the box and the bytes read. */
export function fits(view: DataView, box: Box, at: number, length: number): boolean {
  return at + length <= Math.min(box.end, view.byteLength);
}

export function readUint64(view: DataView, at: number): number {
  return view.getUint32(at) * 2 ** 32 + view.getUint32(at + 4);
}

export function fourCC(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}
