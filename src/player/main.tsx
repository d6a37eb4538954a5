import { render } from 'preact';
import { localiseDocument } from '../common/i18n';
import { parseSettings } from '../common/settings';
import { loadSettings } from '../common/settings-storage';
import { PlayerRoot } from './PlayerRoot';
import './player.css';

const language = localiseDocument('player_title');
// The settings first (a few milliseconds), so the first video already plays at the reader's speed.
void loadSettings()
  .catch(() => parseSettings({}))
  .then((settings) => render(<PlayerRoot language={language} initialSettings={settings} />, document.getElementById('app')!));
