import { beforeEach, describe, expect, it, vi } from 'vitest';

// The content script's messages go through send(); here it records what would be sent.
const sent = vi.hoisted(() => [] as Array<{ type: string; request: unknown }>);
vi.mock('../../src/common/send', () => ({
  send: vi.fn(async (type: string, request: unknown) => {
    sent.push({ type, request });
    return { queued: true };
  }),
}));

const { createPrefetcher } = await import('../../src/content/prefetch');

describe('prefetch on hover intent', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it.each([
    // scope of the page session → what the background is asked
    [
      { lang: 'fr', signLanguage: 'sfs' },
      { keys: ['chapeau'], lang: 'fr', signLanguage: 'sfs' },
    ],
    [
      { lang: 'fr', signLanguage: undefined },
      { keys: ['chapeau'], lang: 'fr' },
    ],
    [{ lang: '', signLanguage: undefined }, { keys: ['chapeau'] }],
  ])('asks the dictionaries the marks came from (%j)', (scope, request) => {
    createPrefetcher(scope)(['chapeau']);
    expect(sent).toEqual([{ type: 'videos.prefetch', request }]);
  });

  it('asks once per word, and again for another word', () => {
    const prefetch = createPrefetcher({ lang: 'fr' });
    prefetch(['chapeau']);
    prefetch(['chapeau']);
    prefetch(['réseau local']);
    prefetch([]);
    expect(sent.map((m) => (m.request as { keys: string[] }).keys)).toEqual([['chapeau'], ['réseau local']]);
  });
});
