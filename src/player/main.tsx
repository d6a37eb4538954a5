import { render } from 'preact';
import { localiseDocument } from '../common/i18n';
import { parseSettings } from '../common/settings';
import { loadSettings } from '../common/settings-storage';
import { waitForChannel } from './channel';
import { EmptyPlayer } from './EmptyPlayer';
import { PlayerRoot } from './PlayerRoot';
import './player.css';

// Listening first, synchronously: the content script hands the channel over at the frame's load.
const channel = waitForChannel();
const language = localiseDocument('player_title');
const app = document.getElementById('app')!;
render(<EmptyPlayer />, app);
// The settings before the first sign (a few milliseconds), so the first video already plays at the reader's speed.
void channel.then(async (port) => {
  const settings = await loadSettings().catch(() => parseSettings({}));
  render(<PlayerRoot language={language} initialSettings={settings} port={port} />, app);
});
