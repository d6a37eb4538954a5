import browser from 'webextension-polyfill';
import { t } from './i18n';
import type { MessageType, RequestOf, ResponseOf, Result } from './messages';

/** Sends one typed request to the background and unwraps its Result (throws its error text). */
export async function send<T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
  const result = (await browser.runtime.sendMessage({ type, request })) as Result<ResponseOf<T>> | undefined;
  if (!result) throw new Error(t('send_no_answer'));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
