import { t } from '../../common/i18n';
import type { EntryView } from '../../common/messages';

interface DefinitionProps {
  entry: EntryView;
  /** The section's state, kept by the player across words: a reader who closed it keeps it closed. */
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The signed definition is what plays now. */
  signedShown: boolean;
  onSignedShown: (shown: boolean) => void;
}

/**
 * An entry's definition under the video: its text in a section the reader can fold, and, when
 * the dictionary signs it (packs' definitionVideos, as Elix does), a button that plays the
 * signed definition in place of the sign, and back.
 */
export function Definition({ entry, open, onToggle, signedShown, onSignedShown }: DefinitionProps) {
  const signed = (entry.definitionVideos?.length ?? 0) > 0;
  if (!entry.definition && !signed) return null;
  return (
    <div class="definition">
      {entry.definition && (
        <details open={open} onToggle={(event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t('player_definition')}</summary>
          {/* Focusable: a long definition scrolls inside its few lines, and keyboard users must reach it. */}
          <p class="definition-text" tabIndex={0} data-testid="definition-text">
            {entry.definition}
          </p>
        </details>
      )}
      {signed && (
        <button type="button" class="link-button" aria-pressed={signedShown} onClick={() => onSignedShown(!signedShown)} data-testid="signed-definition">
          {signedShown ? t('player_back_to_sign') : t('player_signed_definition')}
        </button>
      )}
    </div>
  );
}
