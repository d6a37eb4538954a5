import { useState } from 'preact/hooks';
import { t } from '../common/i18n';

interface WordBarProps {
  words: string[];
  index: number;
  onMove: (delta: number) => void;
  onWords: (words: string[]) => void;
}

/** The word being recorded, the list to walk through (←/→), and a field to type a new list. */
export function WordBar({ words, index, onMove, onWords }: WordBarProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const word = words[index] ?? '';
  return (
    <div class="word-bar">
      <button type="button" class="secondary" onClick={() => onMove(-1)} disabled={index <= 0} aria-label={t('studio_word_previous')} aria-keyshortcuts="ArrowLeft">
        ←
      </button>
      <p class="current-word">
        <span class="word-label">{t('studio_word_current')}</span> <strong data-testid="current-word">{word || t('studio_word_none')}</strong>
        {words.length > 0 && <span class="word-position"> {t('studio_word_position', index + 1, words.length)}</span>}
      </p>
      <button type="button" class="secondary" onClick={() => onMove(1)} disabled={index >= words.length - 1} aria-label={t('studio_word_next')} aria-keyshortcuts="ArrowRight">
        →
      </button>
      {editing ? (
        <form
          class="word-list-form"
          onSubmit={(event) => {
            event.preventDefault();
            onWords(
              text
                .split(/\n/)
                .map((w) => w.trim())
                .filter(Boolean),
            );
            setEditing(false);
          }}
        >
          <label for="word-list">{t('studio_word_list')}</label>
          <textarea id="word-list" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <button type="submit" class="primary">
            {t('studio_word_list_use')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setText(words.join('\n'));
            setEditing(true);
          }}
          data-testid="edit-words"
        >
          {t('studio_word_list_edit')}
        </button>
      )}
    </div>
  );
}
