/**
 * The Firefox manifest, derived from the one manifest.json the Chromium build uses.
 *
 * Firefox 153 refuses `background.service_worker` ("Add background.scripts") and runs the
 * background as an event page instead; it needs an add-on id of its own
 * (`browser_specific_settings.gecko`) and, for new add-ons on addons.mozilla.org, the data
 * collection declaration (Firefox 140+ reads it; 142 is the first release that shows it at
 * install, hence strict_min_version). `use_dynamic_url` is Chromium's: Firefox already gives
 * every installation a random moz-extension:// UUID, and `web-ext lint` flags the key.
 */
export const GECKO_ID = 'signet@signet-lsf.org';
export const GECKO_MIN_VERSION = '142.0';

interface WebAccessibleResources {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

export interface SourceManifest {
  background: { service_worker: string; type?: string };
  web_accessible_resources?: WebAccessibleResources[];
  [key: string]: unknown;
}

export function firefoxManifest(chromium: SourceManifest): Record<string, unknown> {
  const { background, web_accessible_resources, ...rest } = structuredClone(chromium);
  return {
    ...rest,
    background: { scripts: [background.service_worker], ...(background.type ? { type: background.type } : {}) },
    web_accessible_resources: web_accessible_resources?.map(({ use_dynamic_url: _chromiumOnly, ...entry }) => entry),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Signet sends nothing about its reader anywhere: the only requests are for the
        // dictionaries and videos of the sources the reader enabled.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
