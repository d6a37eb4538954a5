import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { EntryView, VideoView } from '../common/messages';
import { IconButton } from './IconButton';
import { isSafeLink } from './playlist';

interface TitleBarProps {
  /** The title: the entry's written form, or the page's word when there is no entry. */
  title: string;
  definition?: string | undefined;
  enlarged: boolean;
  onEnlarge?: (() => void) | undefined;
  onClose: () => void;
  closeButtonRef?: Ref<HTMLButtonElement>;
}

/** The word as the player's title, then enlarge and close. A long word ends with an ellipsis (full text in the tooltip). */
export function TitleBar({ title, definition, enlarged, onEnlarge, onClose, closeButtonRef }: TitleBarProps) {
  return (
    <div class="title-bar">
      <h1 class="word" title={definition ? `${title} — ${definition}` : title}>
        {title}
      </h1>
      {onEnlarge && (
        <IconButton
          icon={enlarged ? 'shrink' : 'enlarge'}
          class="bar-button enlarge-button"
          label={enlarged ? t('player_shrink') : t('player_enlarge')}
          shortcut={t('player_key_enlarge')}
          onClick={onEnlarge}
        />
      )}
      {/* Space on Close plays or pauses instead (useShortcuts): Space never closes a sign. */}
      <IconButton icon="close" class="bar-button close-button" label={t('player_close')} shortcut={t('player_key_escape')} onClick={onClose} buttonRef={closeButtonRef} />
    </div>
  );
}

/** "CC-BY-SA-4.0" (SPDX, as packs write it) as readers know it: "CC BY-SA 4.0". */
export function readableLicence(licence: string): string {
  return licence.replace(/^CC-/i, 'CC ').replace(/-(\d)/, ' $1');
}

/**
 * One short line owed to the source: its name and its licence, once. The full attribution, the
 * signer, and the links (the source's site; for a video with a page of its own, a Commons file,
 * that page, where its author and licence are stated, as CC BY-SA asks) are one click away.
 */
export function CreditLine({ entry, video }: { entry: EntryView; video?: VideoView | undefined }) {
  const [open, setOpen] = useState(false);
  const { attribution, homepage, name } = entry.credit;
  // A video may carry its own licence (My signs: chosen per sign) over its source's.
  const licence = video?.licence ?? entry.credit.licence;
  const short = [name || attribution, licence && readableLicence(licence)].filter(Boolean).join(' · ');
  const signer = video?.signer ? t('player_signed_by', video.signer) + (video.region ? ` · ${video.region}` : '') : '';
  return (
    <div class="credit">
      <span class="credit-text" title={attribution || short}>
        {short}
      </span>
      <button type="button" class="credit-toggle" aria-expanded={open} aria-controls="credit-details" onClick={() => setOpen(!open)}>
        {open ? t('player_credit_hide') : t('player_credit_details')}
      </button>
      {open && (
        <div id="credit-details" class="credit-details">
          {attribution && <p>{attribution}</p>}
          {licence && <p>{t('player_licence', readableLicence(licence))}</p>}
          {signer && <p>{signer}</p>}
          <p>
            {isSafeLink(homepage) && (
              <a href={homepage} target="_blank" rel="noopener">
                {t('player_source_site')}
              </a>
            )}
            {isSafeLink(homepage) && isSafeLink(video?.page) && ' · '}
            {isSafeLink(video?.page) && (
              <a href={video!.page} target="_blank" rel="noopener" data-testid="file-page">
                {t('player_file_page')}
              </a>
            )}
          </p>
        </div>
      )}
    </div>
  );
}
