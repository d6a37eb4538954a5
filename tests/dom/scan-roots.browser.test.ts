/**
 * Whether a frame's document holds any text worth a scan (src/content/scan-roots.ts,
 * hasReadableText): most frames of a tab are ads and widgets, which must cost one short walk.
 */
import { describe, expect, it } from 'vitest';
import { hasReadableText } from '../../src/content/scan-roots';
import { mount } from './support/page';

describe('hasReadableText', () => {
  it.each([
    ['a paragraph', '<p>du texte</p>', true],
    ['text deep in inline elements', '<div><span><a href="#"><b>lien</b></a></span></div>', true],
    ['nothing but white space', '<div>\n   \n</div><p> </p>', false],
    ['an ad: an image and a script', '<a href="#"><img alt="" width="10" height="10"></a><script>var x = "texte";</script>', false],
    ['a video embed', '<video>votre navigateur</video><button>Lecture</button>', false],
    ['code and form fields only', '<pre>code</pre><textarea>tapé</textarea><select><option>choix</option></select>', false],
    ['an editable region only', '<div contenteditable="true"><p>brouillon</p></div>', false],
    ['a custom element without text yet (it may render later)', '<my-widget></my-widget>', true],
  ])('%s: %s', (_name, html, expected) => {
    expect(hasReadableText(mount(html), null)).toBe(expected);
  });

  it('a host with an open shadow root: maybe text inside', () => {
    const root = mount('<div id="h"></div>');
    root.querySelector('#h')!.attachShadow({ mode: 'open' }).innerHTML = '<p>ombre</p>';
    expect(hasReadableText(root, null)).toBe(true);
  });

  it("Signet's own host: not text to read", () => {
    const root = mount('<div id="host"><p>Signet</p></div>');
    expect(hasReadableText(root, root.querySelector('#host'))).toBe(false);
  });
});
