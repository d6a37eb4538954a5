import { render } from 'preact';
import '../common/ui.css';
import { localiseDocument } from '../common/i18n';
import { PopupApp } from './PopupApp';
import './controls.css';
import './popup.css';

const language = localiseDocument('popup_title');
render(<PopupApp language={language} />, document.getElementById('app')!);
