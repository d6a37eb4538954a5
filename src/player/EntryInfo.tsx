import type { Ref } from 'preact';
import { t } from '../common/i18n';
import type { EntryView, VideoView } from '../common/messages';
import { IconButton } from './IconButton';
import { isSafeLink } from './playlist';

interface EntryInfoProps {
  /** The title: the entry's written form, or the page's word when there is no entry. */
  title: string;
  entry?: EntryView;
  video?: VideoView;
  onClose: () => void;
  closeButtonRef?: Ref<HTMLButtonElement>;
}

/** Word, signer and credit under the controls. The word and signer end with an ellipsis when too long (full text in the tooltip); the credit wraps. */
export function EntryInfo({ title, entry, video, onClose, closeButtonRef }: EntryInfoProps) {
  const signer = video?.signer ? t('player_signed_by', video.signer) : '';
  const region = video?.region ? ` · ${video.region}` : '';
  return (
    <div class="info">
      <div class="info-line">
        <h1 class="word" title={entry?.definition ? `${title} — ${entry.definition}` : title}>
          {title}
        </h1>
        {signer && (
          <span class="signer" title={signer + region}>
            {signer + region}
          </span>
        )}
        <IconButton
          icon="close"
          class="close-button"
          label={t('player_close')}
          shortcut={t('player_key_escape')}
          onClick={onClose}
          buttonRef={closeButtonRef}
        />
      </div>
      {entry && <Credit entry={entry} video={video} />}
    </div>
  );
}

/**
 * The source's credit, and for a video with a page of its own (a Commons file: Lingua Libre) a
 * link to it, where its author and licence are stated, as CC BY-SA asks.
 */
function Credit({ entry, video }: { entry: EntryView; video?: VideoView | undefined }) {
  const { attribution, homepage, name } = entry.credit;
  // A video may carry its own licence (My signs: chosen per sign) over its source's.
  const licence = video?.licence ?? entry.credit.licence;
  const source = attribution || name;
  const full = licence ? `${source} · ${licence}` : source;
  const page = video?.page;
  return (
    <p class="credit" title={full}>
      {isSafeLink(homepage) ? (
        <a href={homepage} target="_blank" rel="noopener">
          {source}
        </a>
      ) : (
        source
      )}
      {licence && ` · ${licence}`}
      {isSafeLink(page) && (
        <>
          {' · '}
          <a href={page} target="_blank" rel="noopener" data-testid="file-page">
            {t('player_file_page')}
          </a>
        </>
      )}
    </p>
  );
}
