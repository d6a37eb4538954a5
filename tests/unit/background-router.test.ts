import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src/common/messages';
import { MAX_WORDS } from '../../src/background/requests';
import { MAX_MARKS_RUNS, MAX_MARKS_TEXT } from '../../src/common/messages';
import { WHO_MAY_ASK } from '../../src/background/permissions';
import { createRouter, type Handlers, type SenderInfo } from '../../src/background/router';
import { createBackground } from '../../src/background/services';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const OPTIONS_PAGE: SenderInfo = { url: `${BASE}src/options/index.html`, tab: true };
const POPUP: SenderInfo = { url: `${BASE}src/popup/index.html` };
const PLAYER: SenderInfo = { url: `${BASE}src/player/index.html`, tab: true };
const CONTENT_SCRIPT: SenderInfo = { url: 'https://example.org/article', tab: true };
const WELCOME: SenderInfo = { url: `${BASE}src/welcome/index.html`, tab: true };
const NOT_ALLOWED = /^This part of Signet may not ask for “[a-z.A-Z]+”\.$/;

function fakeHandlers(): Handlers {
  return {
    'words.lookup': vi.fn(async () => ({ results: {}, capsResults: {} })),
    'text.marks': vi.fn(async () => ({ words: [], marks: [], keys: '' })),
    'words.covered': vi.fn(async () => ({ covered: true })),
    'entries.get': vi.fn(async () => ({ entries: [] })),
    'sources.list': vi.fn(async () => ({ sources: [] })),
    'sources.add': vi.fn(async () => {
      throw new Error('This address did not answer within 20 seconds.');
    }),
    'sources.remove': vi.fn(async () => ({ removed: true })),
    'sources.setEnabled': vi.fn(async () => ({ found: true })),
    'sources.update': vi.fn(async () => ({ sources: [] })),
    'sources.progress': vi.fn(async () => ({ installs: [] })),
    'sources.confirmUpdate': vi.fn(async () => ({ source: null })),
    'sources.addLinguaLibre': vi.fn(async () => {
      throw new Error('offline');
    }),
    'videos.load': vi.fn(async () => ({ status: 'cached' as const })),
    'videos.prefetch': vi.fn(async () => ({ queued: true })),
    'videos.drop': vi.fn(async () => ({ dropped: true })),
    'player.ticket': vi.fn(async () => ({ ticket: '0'.repeat(32) })),
    'player.redeemTicket': vi.fn(async () => ({ valid: true })),
    'cache.stats': vi.fn(async () => ({ bytes: 0, count: 0, budget: 1 })),
    'cache.setBudget': vi.fn(async () => ({ bytes: 0, count: 0, budget: 1 })),
    'cache.clear': vi.fn(async () => ({ bytes: 0, count: 0, budget: 1 })),
    'mySigns.sync': vi.fn(async () => ({ signs: 0 })),
    'wanted.add': vi.fn(async () => ({ counted: true })),
    'sources.installFile': vi.fn(async () => {
      throw new Error('not stored');
    }),
  };
}

/** A sender that may ask for `type`, so that only the request's shape is tested. */
function allowedSender(type: string): SenderInfo {
  const kinds: readonly string[] = Object.hasOwn(WHO_MAY_ASK, type) ? (WHO_MAY_ASK as Record<string, readonly string[]>)[type]! : ['options'];
  return kinds.includes('content') ? CONTENT_SCRIPT : kinds.includes('player') ? PLAYER : OPTIONS_PAGE;
}

function router(handlers = fakeHandlers()) {
  return { handlers, route: createRouter({ handlers, extensionBaseUrl: BASE }) };
}

function errorOf(result: Result<unknown>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('router', () => {
  it('answers a valid request with the handler value, passing only known fields', async () => {
    const { handlers, route } = router();
    const result = await route({ type: 'words.lookup', request: { words: 'chat\nchien', capsWords: 'etat', extra: 1 } }, CONTENT_SCRIPT);
    expect(result).toEqual({ ok: true, value: { results: {}, capsResults: {} } });
    expect(handlers['words.lookup']).toHaveBeenCalledWith({ words: 'chat\nchien', capsWords: 'etat' }, CONTENT_SCRIPT);
  });

  it('leaves out of a lookup the words over 100 characters, and asks the others (one token must not fail them all)', async () => {
    const { handlers, route } = router();
    const long = 'x'.repeat(101);
    const result = await route({ type: 'words.lookup', request: { words: `${long}\nchat\n${long}\n${long}\nchien\n${long}`, capsWords: `${long}\netat` } }, CONTENT_SCRIPT);
    expect(result).toEqual({ ok: true, value: { results: {}, capsResults: {} } });
    expect(handlers['words.lookup']).toHaveBeenCalledWith({ words: 'chat\nchien\n', capsWords: 'etat' }, CONTENT_SCRIPT);
    await route({ type: 'words.lookup', request: { words: `chat\n${'y'.repeat(100)}` } }, CONTENT_SCRIPT);
    expect(handlers['words.lookup']).toHaveBeenLastCalledWith({ words: `chat\n${'y'.repeat(100)}` }, CONTENT_SCRIPT);
  });

  it.each<[string, unknown]>([
    ['not an object', 'words.lookup'],
    ['null', null],
    ['no type', { request: {} }],
    ['an unknown type', { type: 'tabs.closeAll', request: {} }],
    ['a prototype key as type', { type: 'toString', request: {} }],
    ['no request', { type: 'entries.get' }],
    ['words not a text', { type: 'words.lookup', request: { words: ['chat'] } }],
    ['too many words', { type: 'words.lookup', request: { words: Array.from({ length: MAX_WORDS + 1 }, (_, i) => `w${i}`).join('\n') } }],
    ['a text far too long', { type: 'words.lookup', request: { words: 'x'.repeat(MAX_WORDS * 102) } }],
    ['capsWords not a text', { type: 'words.lookup', request: { words: '', capsWords: {} } }],
    ['keys not a list', { type: 'entries.get', request: { keys: null } }],
    ['runs without a locale', { type: 'text.marks', request: { text: 'le chat', lengths: [7] } }],
    ['run lengths that do not add up to the text', { type: 'text.marks', request: { text: 'le chat', lengths: [2, 2], locale: 'fr' } }],
    ['run lengths past the text', { type: 'text.marks', request: { text: 'le chat', lengths: [4, 4], locale: 'fr' } }],
    ['a negative run length', { type: 'text.marks', request: { text: 'le chat', lengths: [-1, 8], locale: 'fr' } }],
    ['a run length that is no whole number', { type: 'text.marks', request: { text: 'le chat', lengths: [3.5, 3.5], locale: 'fr' } }],
    ['run lengths not a list', { type: 'text.marks', request: { text: 'le chat', lengths: '7', locale: 'fr' } }],
    ['a text of runs far too long', { type: 'text.marks', request: { text: 'x'.repeat(MAX_MARKS_TEXT + 1), lengths: [MAX_MARKS_TEXT + 1], locale: 'fr' } }],
    ['too many runs', { type: 'text.marks', request: { text: '', lengths: Array.from({ length: MAX_MARKS_RUNS + 1 }, () => 0), locale: 'fr' } }],
    ['a request that is a list', { type: 'sources.list', request: [] }],
    ['an empty id', { type: 'sources.remove', request: { id: '' } }],
    ['a url not a string', { type: 'sources.add', request: { url: { href: 'https://x' } } }],
  ])('refuses %s with an error Result', async (_name, message) => {
    const { handlers, route } = router();
    const type = (message as { type?: unknown } | null)?.type;
    const error = errorOf(await route(message, typeof type === 'string' ? allowedSender(type) : OPTIONS_PAGE));
    expect(error).toMatch(/^Signet’s background refused a malformed message: .+\.$/);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['sources.add', { url: 'https://evil.example/pack.json' }],
    ['sources.remove', { id: 'elix' }],
    ['sources.setEnabled', { id: 'elix', enabled: false }],
    ['sources.update', {}],
    ['sources.addLinguaLibre', { signLanguage: 'fsl' }],
    ['sources.list', {}],
    ['sources.progress', {}],
    ['videos.load', { url: 'https://intranet.example/secret' }],
    ['videos.drop', { url: 'https://v.example/a.webm' }],
    ['entries.get', { keys: ['chat'] }],
    ['cache.stats', {}],
    ['cache.setBudget', { bytes: 1 }],
    ['cache.clear', {}],
    ['mySigns.sync', {}],
    ['sources.installFile', { id: 'elix' }],
  ] as const)('refuses %s from a content script, a sender without a page, and another extension', async (type, request) => {
    const { handlers, route } = router();
    for (const sender of [CONTENT_SCRIPT, {}, { url: 'chrome-extension://otherextension/src/options/index.html' }, { url: 'about:blank', tab: true }]) {
      expect(errorOf(await route({ type, request }, sender))).toMatch(NOT_ALLOWED);
    }
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it('takes a frame without an address of its own (about:blank, srcdoc, blob:, data:) inside a tab for a content script, and only inside a tab', async () => {
    const { handlers, route } = router();
    for (const url of ['about:blank', 'about:srcdoc', 'blob:https://example.org/0b1e6a4c-1c7e-4a59-9d0e-3f1f5a4c2b11', 'data:text/html,<p>x']) {
      expect(await route({ type: 'player.ticket', request: {} }, { url, tab: true })).toMatchObject({ ok: true });
      expect(errorOf(await route({ type: 'player.ticket', request: {} }, { url }))).toMatch(NOT_ALLOWED);
      expect(errorOf(await route({ type: 'sources.list', request: {} }, { url, tab: true }))).toMatch(NOT_ALLOWED);
    }
    expect(handlers['player.ticket']).toHaveBeenCalledTimes(4);
    expect(handlers['sources.list']).not.toHaveBeenCalled();
  });

  it.each([
    ['words.lookup', { words: 'chapeau' }],
    ['player.ticket', {}],
    ['sources.list', {}],
    ['sources.addLinguaLibre', { signLanguage: 'ase' }],
  ] as const)('lets the welcome page ask %s: its sample sentences and the chosen language', async (type, request) => {
    const { handlers, route } = router();
    await route({ type, request }, WELCOME);
    expect(handlers[type]).toHaveBeenCalled();
  });

  it.each([
    ['sources.remove', { id: 'elix' }],
    ['sources.add', { url: 'https://evil.example/pack.json' }],
    ['cache.clear', {}],
    ['entries.get', { keys: ['chat'] }],
  ] as const)('refuses %s from the welcome page', async (type, request) => {
    const { handlers, route } = router();
    expect(errorOf(await route({ type, request }, WELCOME))).toMatch(NOT_ALLOWED);
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it.each([
    ['sources.remove', { id: 'elix' }],
    ['sources.add', { url: 'https://evil.example/pack.json' }],
    ['sources.setEnabled', { id: 'elix', enabled: false }],
    ['cache.clear', {}],
    ['cache.setBudget', { bytes: 1 }],
    ['words.lookup', { words: 'chat' }],
    ['text.marks', { text: 'chat', lengths: [4], locale: 'fr' }],
    ['videos.prefetch', { keys: ['chat'] }],
  ] as const)('refuses %s from the player, which only reads entries and videos', async (type, request) => {
    const { handlers, route } = router();
    expect(errorOf(await route({ type, request }, PLAYER))).toMatch(NOT_ALLOWED);
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it('lets each part ask what it uses, and only that', async () => {
    const { route } = router();
    const ok = async (type: string, request: unknown, sender: SenderInfo) => (await route({ type, request }, sender)).ok;
    expect(await ok('words.lookup', { words: 'chat' }, CONTENT_SCRIPT)).toBe(true);
    expect(await ok('words.covered', {}, CONTENT_SCRIPT)).toBe(true);
    expect(await ok('text.marks', { text: 'le chat', lengths: [3, 4], locale: 'fr-FR', lang: 'fr' }, CONTENT_SCRIPT)).toBe(true);
    // The welcome page reads its sample sentences as a page is read.
    expect(await ok('text.marks', { text: 'le chat', lengths: [7], locale: 'fr' }, WELCOME)).toBe(true);
    expect(await ok('text.marks', { text: 'le chat', lengths: [7], locale: 'fr' }, OPTIONS_PAGE)).toBe(false);
    expect(await ok('entries.get', { keys: ['chat'] }, PLAYER)).toBe(true);
    expect(await ok('videos.load', { url: 'https://v.example/a.webm' }, PLAYER)).toBe(true);
    expect(await ok('sources.list', {}, POPUP)).toBe(true);
    expect(await ok('sources.remove', { id: 'elix' }, OPTIONS_PAGE)).toBe(true);
    expect(await ok('cache.clear', {}, OPTIONS_PAGE)).toBe(true);
    // The popup shows the sources; it changes none of them.
    expect(await ok('sources.remove', { id: 'elix' }, POPUP)).toBe(false);
    // Extension pages do not look words up: that is a content script's job.
    expect(await ok('words.lookup', { words: 'chat' }, OPTIONS_PAGE)).toBe(false);
    // Another page of the extension's origin that is none of these is nobody.
    expect(await ok('sources.list', {}, { url: `${BASE}src/options/other.html` })).toBe(false);
  });

  it('knows an extension page loaded through a dynamic URL by the sender id the browser gives', async () => {
    const route = createRouter({ handlers: fakeHandlers(), extensionBaseUrl: BASE, extensionId: 'abcdefghijklmnop' });
    const dynamic = { url: 'chrome-extension://0f1e2d3c4b5a/src/player/index.html', tab: true };
    expect((await route({ type: 'entries.get', request: { keys: ['chat'] } }, { ...dynamic, id: 'abcdefghijklmnop' })).ok).toBe(true);
    expect((await route({ type: 'entries.get', request: { keys: ['chat'] } }, dynamic)).ok).toBe(false);
  });

  it('knows the parts of Signet in Firefox, whose extension pages are moz-extension:// URLs', async () => {
    const route = createRouter({ handlers: fakeHandlers(), extensionBaseUrl: 'moz-extension://5d1c-uuid/' });
    const options = { url: 'moz-extension://5d1c-uuid/src/options/index.html', tab: true };
    expect((await route({ type: 'sources.remove', request: { id: 'elix' } }, options)).ok).toBe(true);
    expect((await route({ type: 'sources.remove', request: { id: 'elix' } }, { url: 'https://example.org/', tab: true })).ok).toBe(false);
    // A content script's sender always has its tab; a page URL without one is nobody.
    expect((await route({ type: 'words.lookup', request: { words: 'chat' } }, { url: 'https://example.org/' })).ok).toBe(false);
  });

  it('lets content scripts ask for a prefetch, by keys only', async () => {
    const { handlers, route } = router();
    expect(await route({ type: 'videos.prefetch', request: { keys: ['chat'], lang: 'fr', url: 'https://evil.example/' } }, CONTENT_SCRIPT)).toEqual({ ok: true, value: { queued: true } });
    expect(handlers['videos.prefetch']).toHaveBeenCalledWith({ keys: ['chat'], lang: 'fr' }, CONTENT_SCRIPT);
  });

  it.each([
    ['videos.load', { url: 'javascript:alert(1)' }],
    ['videos.load', { url: 'file:///etc/passwd' }],
    ['videos.drop', { url: 42 }],
    ['cache.setBudget', { bytes: -1 }],
    ['cache.setBudget', { bytes: 'a lot' }],
    ['sources.setEnabled', { id: 'elix', enabled: 'yes' }],
    ['sources.addLinguaLibre', { signLanguage: 'not a tag!' }],
  ] as const)('refuses a malformed %s from a part that may ask for it', async (type, request) => {
    const { handlers, route } = router();
    expect(errorOf(await route({ type, request }, allowedSender(type)))).toMatch(/^Signet’s background refused a malformed message/);
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error Result with its message', async () => {
    const onError = vi.fn();
    const handlers = fakeHandlers();
    const route = createRouter({ handlers, extensionBaseUrl: BASE, onError });
    const result = await route({ type: 'sources.add', request: { url: 'https://x.example/pack.json' } }, OPTIONS_PAGE);
    expect(result).toEqual({ ok: false, error: 'This address did not answer within 20 seconds.' });
    expect(onError).toHaveBeenCalledWith('sources.add', expect.any(Error));
  });

  it('never rejects, even when a handler throws something that is not an Error', async () => {
    const handlers = { ...fakeHandlers(), 'sources.list': () => Promise.reject('boom') } as Handlers;
    const result = await createRouter({ handlers, extensionBaseUrl: BASE })({ type: 'sources.list', request: {} }, OPTIONS_PAGE);
    expect(result).toEqual({ ok: false, error: 'Something went wrong in Signet’s background. Try again.' });
  });

  it('refuses to start without a real extension base URL', () => {
    expect(() => createRouter({ handlers: fakeHandlers(), extensionBaseUrl: '' })).toThrow();
  });
});

describe('router with the real background', () => {
  it('answers lookups on an empty dictionary and lists no sources', async () => {
    const background = createBackground({ databaseName: 'router-test-empty' });
    const route = createRouter({ handlers: background.handlers, extensionBaseUrl: BASE });
    expect(await route({ type: 'words.lookup', request: { words: 'chat', capsWords: 'ETAT' } }, CONTENT_SCRIPT)).toEqual({
      ok: true,
      value: { results: {}, capsResults: {} },
    });
    expect(await route({ type: 'sources.list', request: {} }, OPTIONS_PAGE)).toEqual({ ok: true, value: { sources: [] } });
    expect(await route({ type: 'sources.remove', request: { id: 'nope' } }, OPTIONS_PAGE)).toEqual({ ok: true, value: { removed: false } });
  });

  it('answers a refused install with words, not a stack trace', async () => {
    const background = createBackground({ databaseName: 'router-test-install' });
    const route = createRouter({ handlers: background.handlers, extensionBaseUrl: BASE });
    const result = await route({ type: 'sources.add', request: { url: 'http://example.com/pack.json' } }, OPTIONS_PAGE);
    expect(errorOf(result)).toMatch(/^Signet only reads dictionaries from secure https:\/\/ addresses/);
  });
});
