import { render } from 'preact';
import { localiseDocument } from '../common/i18n';
import { WelcomeApp } from './WelcomeApp';
import '../content/highlight.css';
import './welcome.css';

const language = localiseDocument('welcome_title');
render(<WelcomeApp language={language} />, document.getElementById('app')!);
