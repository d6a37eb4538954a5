import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isLoopbackHost } from '../core/hosts';
import { missingOrigins } from '../core/host-permission';

/**
 * Host access for a new source, asked when the reader adds it. The patterns already held are read
 * ahead, when the page opens, because Firefox grants a permission request only if it is made
 * synchronously inside the click or key press: the handler must not await anything first.
 * They are kept current through permissions.onAdded / onRemoved.
 */
export function useHostAccess(): (urls: readonly string[]) => Promise<boolean> {
  const [granted, setGranted] = useState<string[] | null>(null);
  useEffect(() => {
    const read = () =>
      void browser.permissions.getAll().then(
        (all) => setGranted(all.origins ?? []),
        () => setGranted([]),
      );
    read();
    // Read again when the held patterns change while the page is open: in Firefox the reader can
    // withdraw the sites granted at install (about:addons → Permissions); a stale list would
    // then skip the request and leave the new source's host without access.
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);
  return (urls) => {
    const parsed: URL[] = [];
    for (const text of urls) {
      try {
        const url = new URL(text);
        // Plain http to the world is refused by the background with its reason; only what it would read is asked for.
        const loopback = isLoopbackHost(url.hostname);
        if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) parsed.push(url);
      } catch {
        // Not an address: the background says so.
      }
    }
    const missing = missingOrigins(granted ?? [], parsed);
    if (missing.length === 0) return Promise.resolve(true);
    return browser.permissions.request({ origins: missing }).then(
      (ok) => {
        if (ok) setGranted((list) => [...(list ?? []), ...missing]);
        return ok;
      },
      () => false,
    );
  };
}
