import { render } from 'preact';
import { localiseDocument } from '../common/i18n';
import { Player } from './Player';
import './player.css';

const language = localiseDocument('player_title');
render(<Player language={language} />, document.getElementById('app')!);
