import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { SourceView } from '../common/messages';
import { send } from '../common/send';
import { useSitePack } from './useSitePack';

interface SitePackOfferProps {
  url: string;
  site: string;
  sources: SourceView[] | null;
  language: string;
  onInstalled: () => void;
}

/**
 * "This site offers N signs" for a page that declares its own pack, with an Install button: the
 * pack is installed only on the reader's click, through the same checks as a pack added in the
 * options. Open tabs then read their words again (src/background/tab-notify.ts): no reload, so
 * the reader keeps their place and whatever they typed.
 */
export function SitePackOffer({ url, site, sources, language, onInstalled }: SitePackOfferProps) {
  const pack = useSitePack(url);
  const [installing, setInstalling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!pack || pack.status === 'checking') return null;
  const installed = sources?.find((source) => source.url === url);
  if (installed) {
    return (
      <p class="hint" data-testid="site-pack" data-state="installed">
        {t('popup_site_pack_installed', installed.name)}
      </p>
    );
  }
  if (pack.status === 'invalid') {
    return (
      <p class="hint" data-testid="site-pack" data-state="invalid">
        {t('popup_site_pack_invalid', site, pack.problem)}
      </p>
    );
  }
  const install = async () => {
    setInstalling(true);
    setError(null);
    try {
      const answer = await send('sources.add', { url });
      // Another address already installed this pack id: replacing it is the options page's
      // explicit choice, never a side effect of a site's offer.
      if ('conflict' in answer) {
        setError(answer.conflict.message);
        return;
      }
      onInstalled();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setInstalling(false);
    }
  };
  return (
    <div class="site-pack" data-testid="site-pack" data-state="offered" data-signs={pack.signs}>
      <p>{t('popup_site_pack_offer', new Intl.NumberFormat(language).format(pack.signs), site, pack.name)}</p>
      <button type="button" onClick={() => void install()} disabled={installing}>
        {installing ? t('popup_site_pack_installing') : t('popup_site_pack_install')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
