/**
 * webextension-polyfill for a plain test page, which is no extension: the real module throws
 * when loaded outside one. The overlay asks it for the player's URL and, through the player
 * link, for a ticket from the background. There is no background here, so the ticket never
 * comes and the player frame (a blank page) is never connected: the channel and the player are
 * the e2e tests' (tests/e2e/overlay.test.ts). Only what the DOM tests exercise is here.
 */
const browser = {
  runtime: {
    id: 'signet-dom-tests',
    getURL: () => 'about:blank',
    sendMessage: () => new Promise<never>(() => {}),
  },
  i18n: { getMessage: () => '' },
};

export default browser;
