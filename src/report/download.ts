/** Saves text as a file through the browser's download of a Blob URL (an extension page needs no permission for it). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the page's host: "signet-words-www.example.org.txt". */
export function fileNameFor(kind: string, pageUrl: string, extension: string): string {
  let host = 'page';
  try {
    host = new URL(pageUrl).hostname || 'page';
  } catch {
    // Keep "page".
  }
  return `signet-${kind}-${host.replace(/[^a-z0-9.-]/gi, '_')}.${extension}`;
}
