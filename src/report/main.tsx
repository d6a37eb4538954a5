import { render } from 'preact';
import '../common/ui.css';
import { localiseDocument } from '../common/i18n';
import { ReportApp } from './ReportApp';
import './report.css';

const language = localiseDocument('report_title');
render(<ReportApp language={language} />, document.getElementById('app')!);
