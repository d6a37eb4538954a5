import { render } from 'preact';
import '../common/ui.css';
import { localiseDocument } from '../common/i18n';
import { OptionsApp } from './OptionsApp';
import './options.css';

const language = localiseDocument('options_title');
render(<OptionsApp language={language} />, document.getElementById('app')!);
