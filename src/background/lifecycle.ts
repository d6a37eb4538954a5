/**
 * The dictionary's part of the worker's life: the Lingua Libre LSF source added on first install,
 * the daily update check (alarms survive the worker; a timer would not), and installs that the
 * browser cut by stopping the worker, resumed at each start. Listeners are registered
 * synchronously, as Chrome requires for events that wake the worker.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_LINGUA_LIBRE_LANGUAGE } from '../core/lingualibre/languages';
import type { Background } from './services';

const UPDATE_ALARM = 'signet-update';
const DAY_MINUTES = 24 * 60;

export function listenToLifecycle(background: Background): { installed: Promise<void> } {
  let markInstalled!: () => void;
  const installed = new Promise<void>((resolve) => (markInstalled = resolve));

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    try {
      await scheduleUpdates();
      if (reason === 'install') {
        // Signs out of the box: the open Lingua Libre base for LSF. Offline at install, it stays
        // listed with its error and the daily check (or "update now") reads it later.
        await background.addLinguaLibre(DEFAULT_LINGUA_LIBRE_LANGUAGE).catch((error: unknown) => console.warn('Signet: Lingua Libre:', error));
      }
    } finally {
      markInstalled();
    }
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void background.updateSources().catch((error: unknown) => console.warn('Signet: update check:', error));
  });

  void scheduleUpdates().catch(() => undefined);
  void background.resumeInstalls().catch((error: unknown) => console.warn('Signet: resuming an install:', error));
  return { installed };
}

/** One alarm a day, kept across worker starts (re-creating it at each start would push it back forever). */
async function scheduleUpdates(): Promise<void> {
  if (await browser.alarms.get(UPDATE_ALARM)) return;
  await browser.alarms.create(UPDATE_ALARM, { delayInMinutes: 60, periodInMinutes: DAY_MINUTES });
}
