import type { Settings } from '../common/settings';
import { PhrasePlayer } from './phrase/PhrasePlayer';
import { Player } from './Player';
import { useHashRequest } from './useHashRequest';

/** One word (its sign, or its spelling), or a phrase signed word by word: whichever the request is. */
export function PlayerRoot({ language, initialSettings }: { language: string; initialSettings: Settings }) {
  const request = useHashRequest();
  return request.phrase ? (
    <PhrasePlayer language={language} initialSettings={initialSettings} request={request} phrase={request.phrase} />
  ) : (
    <Player language={language} initialSettings={initialSettings} request={request} />
  );
}
