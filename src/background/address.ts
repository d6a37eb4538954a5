/**
 * Which addresses a pack may be read from. https:// anywhere; http:// only from this computer,
 * so that a pack being written can be served by a local static server while a pack from the
 * network can never be swapped in transit.
 */

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/** Why an address cannot be read from, in words for the user; null when it can. */
export function packAddressProblem(url: URL): string | null {
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return 'Signet only reads dictionaries from secure https:// addresses (http:// is allowed only on this computer: localhost, 127.0.0.1, [::1]). Try the same address with https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'Signet only reads dictionaries from web addresses starting with https://.';
  }
  // fetch() refuses such URLs anyway, and a password in an address the options page shows is a leak.
  if (url.username !== '' || url.password !== '') {
    return 'This address contains a user name or password; Signet does not send those. Use an address without them.';
  }
  return null;
}

/** Parses what the user typed or pasted; throws an Error in plain words when it cannot be used. */
export function parsePackAddress(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error('This is not a complete web address. Paste the full address of the dictionary’s pack.json file, starting with https://.');
  }
  const problem = packAddressProblem(url);
  if (problem) throw new Error(problem);
  return url;
}
