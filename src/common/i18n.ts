import browser from 'webextension-polyfill';

/**
 * The one way visible text is produced: a message of _locales/<lang>/messages.json, with up to
 * nine substitutions ($1…$9, named through each message's "placeholders"). A missing message
 * gives back its key, so a forgotten translation shows up as "player_retry" on screen instead
 * of as a silent empty button.
 */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message === '' ? key : message;
}

/**
 * The language of the strings actually shown. Set from the browser's UI language, but only when
 * the extension has messages in that language: on a German browser the default (English)
 * messages are shown, and a page claiming lang="de" would make screen readers read English
 * text with German pronunciation. Each messages.json therefore names its own language.
 */
export function uiLanguage(): string {
  const browserLanguage = browser.i18n.getUILanguage();
  const messagesLanguage = browser.i18n.getMessage('locale_code') || 'en';
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return primary(browserLanguage) === primary(messagesLanguage) ? browserLanguage : messagesLanguage;
}

/** Sets <html lang> and the document title; call once before the first render. */
export function localiseDocument(titleKey: string): string {
  const language = uiLanguage();
  document.documentElement.lang = language;
  document.title = t(titleKey);
  return language;
}
