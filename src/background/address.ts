/**
 * Which addresses a pack may be read from. https:// anywhere; http:// only from this computer,
 * so that a pack being written can be served by a local static server while a pack from the
 * network can never be swapped in transit.
 */
import { text } from './texts';

import { isLoopbackHost } from '../core/hosts';

/** Why an address cannot be read from, in words for the user; null when it can. */
export function packAddressProblem(url: URL): string | null {
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return text('bg_address_http');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return text('bg_address_scheme');
  }
  // fetch() refuses such URLs anyway, and a password in an address the options page shows is a leak.
  if (url.username !== '' || url.password !== '') {
    return text('bg_address_credentials');
  }
  return null;
}

/** Parses what the user typed or pasted; throws an Error in plain words when it cannot be used. */
export function parsePackAddress(typed: string): URL {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    throw new Error(text('bg_address_incomplete'));
  }
  const problem = packAddressProblem(url);
  if (problem) throw new Error(problem);
  return url;
}
