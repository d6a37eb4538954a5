import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Bytes, md5Hex } from '../../src/core/md5';

describe('md5Hex', () => {
  // The test suite of RFC 1321, appendix A.5.
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
    ['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
  ])('RFC 1321: md5(%j)', (text, digest) => {
    expect(md5Hex(text)).toBe(digest);
  });

  it('hashes the UTF-8 bytes of accented file names as Commons does', () => {
    // Commons files "Appétit" under /transcoded/<a>/<ab>/ from this digest.
    expect(md5Hex('Appétit_Nm_1_1_1_-_Elix.ogv')).toBe(createHash('md5').update('Appétit_Nm_1_1_1_-_Elix.ogv', 'utf8').digest('hex'));
  });

  it('agrees with Node on every length around the 64-byte block edges', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(md5Bytes(bytes), `length ${n}`).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });
});
