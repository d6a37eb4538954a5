import { describe, expect, it } from 'vitest';
import { checkVideoUrl, resolveVideoUrl } from '../../src/core/pack/urls';

const PACK = 'https://cdn.example.org/packs/lsf/pack.json';

describe('resolveVideoUrl', () => {
  it.each([
    // [video URL, pack URL, expected]
    ['videos/chapeau.webm', PACK, 'https://cdn.example.org/packs/lsf/videos/chapeau.webm'],
    ['videos/r%C3%A9seau%20local.webm', PACK, 'https://cdn.example.org/packs/lsf/videos/r%C3%A9seau%20local.webm'],
    ['../shared/chapeau.webm', PACK, 'https://cdn.example.org/packs/shared/chapeau.webm'],
    ['/chapeau.webm', PACK, 'https://cdn.example.org/chapeau.webm'],
    ['https://upload.wikimedia.org/x.webm', PACK, 'https://upload.wikimedia.org/x.webm'],
    ['HTTPS://UPLOAD.WIKIMEDIA.ORG/x.webm', PACK, 'https://upload.wikimedia.org/x.webm'],
    ['http://127.0.0.1:8080/x.webm', PACK, 'http://127.0.0.1:8080/x.webm'],
    ['x.webm', 'http://localhost:5173/pack.json', 'http://localhost:5173/x.webm'],
    ['x.webm', 'http://[::1]:8000/p/pack.json', 'http://[::1]:8000/p/x.webm'],
    // The result is judged, not the spelling: this is loopback once parsed.
    ['http://0x7f.0.0.1/x.webm', PACK, 'http://127.0.0.1/x.webm'],
  ])('%s against %s → %s', (url, packUrl, expected) => {
    expect(resolveVideoUrl(url, packUrl)).toBe(expected);
  });

  it.each([
    ['x.webm', 'http://example.org/pack.json', 'a relative URL in a pack served over public http'],
    ['x.webm', 'file:///home/me/pack/pack.json', 'a relative URL escaping to file:'],
    ['x.webm', 'data:application/json,{}', 'a relative URL against data: (cannot resolve)'],
    ['x.webm', 'not a URL', 'a pack URL that does not parse'],
    ['javascript:alert(1)', PACK, 'javascript:'],
    ['java\tscript:alert(1)', PACK, 'javascript: with a tab, which URL parsing removes'],
    [' javascript:alert(1)', PACK, 'javascript: after a space, which URL parsing strips'],
    ['data:video/webm;base64,GkXfo59ChoEB', PACK, 'data:'],
    ['blob:https://cdn.example.org/8c5e3c5e-6f3d', PACK, 'blob:'],
    ['file:///etc/passwd', PACK, 'file:'],
    ['ftp://ftp.example.org/x.webm', PACK, 'ftp:'],
    ['http://example.org/x.webm', PACK, 'http to a public host'],
    ['http://127.0.0.1.evil.example/x.webm', PACK, 'a host that only starts like loopback'],
    ['http://localhost@evil.example/x.webm', PACK, 'loopback as a user name'],
    ['https://user:secret@cdn.example.org/x.webm', PACK, 'credentials'],
    ['https://example.org:70000/x.webm', PACK, 'a port out of range'],
  ])('%s against %s → null (%s)', (url, packUrl) => {
    expect(resolveVideoUrl(url, packUrl)).toBeNull();
  });
});

describe('checkVideoUrl', () => {
  it.each(['videos/chapeau.webm', 'videos/r%C3%A9seau%20local.webm', 'https://a.example/x.webm', 'http://localhost:8000/x.webm'])('accepts %s', (url) => expect(checkVideoUrl(url)).toBeNull());

  it.each([
    ['javascript:alert(1)', '"javascript:" URLs are not allowed'],
    ['Data:video/webm,x', '"data:" URLs are not allowed'],
    ['HTTP://localhost/x.webm', 'lower case'],
    ['http://example.org/x.webm', 'only allowed for 127.0.0.1'],
    ['//example.org/x.webm', 'protocol-relative'],
    ['videos/a b.webm', 'contains a space at position 9'],
    ['videos/a\u200Bb.webm', 'contains U+200B'],
    ['videos\\a.webm', 'backslash'],
    ['videos/50%.webm', 'write a literal "%" as %25'],
    ['https://user@example.org/x.webm', 'no user name'],
  ])('refuses %s, saying why', (url, reason) => {
    expect(checkVideoUrl(url)).toContain(reason);
  });
});
