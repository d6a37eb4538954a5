/** SHA-256 through Web Crypto (the service worker and Node both have it), and part ids made from it. */

export async function sha256Hex(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The id of a stored part: its bytes (their SHA-256) read against a base address. The base is in
 * it because relative video URLs resolve against it: the same shard served from elsewhere is
 * other entries. Known before downloading when pack.json gives the shard's SHA-256, so an
 * unchanged or already stored shard is not fetched at all.
 */
export async function partIdOf(baseUrl: string, sha256: string): Promise<string> {
  return (await sha256Hex(`${baseUrl}\n${sha256}`)).slice(0, 32);
}
