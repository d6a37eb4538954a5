/**
 * Whether the extension may already read from an address, judged from the match patterns it
 * holds (permissions.getAll().origins), and the narrowest pattern to ask for when it may not.
 *
 * Why by hand: in Chromium the content script's match patterns (http://*, https://*, needed to
 * mark words on every page) already let the background read from any site, and getAll() lists
 * them, but permissions.contains() does not count them and permissions.request() would then show
 * the reader a dialog for an access Signet already has. Asking only when no held pattern covers
 * the address keeps the request for where it means something (Firefox, where host access is the
 * reader's choice).
 */

/** A match pattern's parts (scheme, host, path), or null when it is not one. */
function parse(pattern: string): { scheme: string; host: string } | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*' };
  const match = /^(\*|https?|file|ftp|wss?):\/\/(\*|\*\.[^/*]+|[^/*]*)\/.*$/.exec(pattern);
  return match ? { scheme: match[1]!, host: match[2]! } : null;
}

export function patternCovers(pattern: string, url: URL): boolean {
  const parsed = parse(pattern);
  if (!parsed) return false;
  const scheme = url.protocol.slice(0, -1);
  const schemeOk = parsed.scheme === '*' ? scheme === 'http' || scheme === 'https' : parsed.scheme === scheme;
  if (!schemeOk) return false;
  const host = url.hostname.toLowerCase();
  if (parsed.host === '*') return true;
  if (parsed.host.startsWith('*.')) {
    const domain = parsed.host.slice(2).toLowerCase();
    return host === domain || host.endsWith(`.${domain}`);
  }
  return parsed.host.toLowerCase() === host;
}

/** The patterns to ask for so that every address can be read (empty when all are covered already). */
export function missingOrigins(granted: readonly string[], urls: readonly URL[]): string[] {
  const missing = new Set<string>();
  for (const url of urls) {
    if (!granted.some((pattern) => patternCovers(pattern, url))) missing.add(`${url.protocol}//${url.hostname}/*`);
  }
  return [...missing];
}
