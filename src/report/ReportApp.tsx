import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../common/i18n';
import { missingWordsCsv, wordList } from '../core/coverage/export';
import { download, fileNameFor } from './download';
import { loadPageReport, tabFromLocation, type PageReport } from './report-data';

/** A recording session's worth; the studio's address stays short. */
const MAX_WORDS_TO_RECORD = 100;

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; report: PageReport };

declare global {
  /** The figures shown, for `npm run audit`, which reads this page rather than computing its own (an extension page: no web page reaches it). */
  var signetPageReport: PageReport | undefined;
}

/** The page report: how much of one tab's text has a sign, and the words that have none. */
export function ReportApp({ language }: { language: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const tabId = tabFromLocation();
    if (tabId === null) {
      setState({ status: 'error', message: t('report_no_tab') });
      return;
    }
    loadPageReport(tabId).then(
      (report) => {
        globalThis.signetPageReport = report;
        setState({ status: 'ready', report });
      },
      (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  useEffect(() => {
    document.documentElement.dataset.state = state.status;
  }, [state.status]);

  return (
    <main class="report">
      <h1>{t('report_title')}</h1>
      {state.status === 'loading' && <p role="status">{t('popup_page_reading')}</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && <Report report={state.report} language={language} />}
    </main>
  );
}

function Report({ report, language }: { report: PageReport; language: string }) {
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  // The studio walks through them in this order, most frequent first (its word list, ?word=…).
  const record = () => {
    const words = new URLSearchParams(report.missing.slice(0, MAX_WORDS_TO_RECORD).map(({ word }) => ['word', word]));
    void browser.tabs.create({ url: browser.runtime.getURL(`src/studio/index.html?${words}`) });
  };
  const save = (kind: 'json' | 'csv' | 'words') => {
    if (kind === 'json') download(fileNameFor('report', report.url, 'json'), JSON.stringify(report, null, 2) + '\n', 'application/json');
    else if (kind === 'csv') download(fileNameFor('missing', report.url, 'csv'), missingWordsCsv(report.missing), 'text/csv');
    else download(fileNameFor('words', report.url, 'txt'), wordList(report.missing), 'text/plain');
  };
  return (
    <>
      <p class="page-title">
        <strong>{report.title || report.url}</strong>
        <br />
        <span class="url">{report.url}</span>
      </p>
      {!report.covered && <p class="hint">{t('popup_page_no_dictionary', report.lang || '?')}</p>}
      <div class="bar" aria-hidden="true">
        <div class="bar-fill" style={{ width: `${(report.coverage * 100).toFixed(1)}%` }} />
      </div>
      <dl class="figures" data-testid="figures" data-words={report.words} data-signed-words={report.signedWords} data-marks={report.marks}>
        <Figure label={t('report_words')} value={number.format(report.words)} />
        <Figure label={t('report_signed_words')} value={`${number.format(report.signedWords)} (${percent.format(report.coverage)})`} />
        <Figure label={t('report_marks')} value={number.format(report.marks)} />
        <Figure label={t('report_expressions')} value={number.format(report.expressions.length)} />
        <Figure label={t('report_missing')} value={number.format(report.missing.length)} />
        <Figure label={t('report_function_words')} value={number.format(report.functionWords.count)} />
        {report.scanMs !== null && <Figure label={t('report_scan_time')} value={`${number.format(report.scanMs)} ms`} />}
      </dl>
      <div class="actions">
        <button type="button" class="primary" onClick={record} disabled={report.missing.length === 0} data-testid="record-these">
          {t('report_record_these')}
        </button>
        <button type="button" onClick={() => save('json')}>
          {t('report_export_json')}
        </button>
        <button type="button" onClick={() => save('csv')}>
          {t('report_export_csv')}
        </button>
        <button type="button" onClick={() => save('words')} disabled={report.missing.length === 0}>
          {t('report_export_words')}
        </button>
      </div>
      <h2>{t('report_missing_heading')}</h2>
      {report.missing.length === 0 ? (
        <p class="hint">{t('report_none_missing')}</p>
      ) : (
        <table class="missing" data-testid="missing">
          <thead>
            <tr>
              <th scope="col">{t('report_col_word')}</th>
              <th scope="col" class="num">
                {t('report_col_count')}
              </th>
              <th scope="col">{t('report_col_forms')}</th>
            </tr>
          </thead>
          <tbody>
            {report.missing.map((m) => (
              <tr key={m.word}>
                <td>{m.word}</td>
                <td class="num">{number.format(m.count)}</td>
                <td>{m.forms.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
