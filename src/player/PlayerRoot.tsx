import type { Settings } from '../common/settings';
import { PhrasePlayer } from './phrase/PhrasePlayer';
import { Player } from './Player';
import { usePortRequest } from './usePortRequest';

/**
 * The player at work, once its content script has handed it `port` (src/player/channel.ts): one
 * word (its sign, or its spelling), or a phrase signed word by word, whichever the request is.
 */
export function PlayerRoot({ language, initialSettings, port }: { language: string; initialSettings: Settings; port: MessagePort }) {
  const { request, keyboardShows, close, step, phraseAt, expand } = usePortRequest(port);
  return request.phrase ? (
    <PhrasePlayer language={language} initialSettings={initialSettings} request={request} phrase={request.phrase} close={close} onPhraseAt={phraseAt} />
  ) : (
    <Player language={language} initialSettings={initialSettings} request={request} keyboardShows={keyboardShows} close={close} stepWord={step} expand={expand} />
  );
}
