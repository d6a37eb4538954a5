// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createRunCollector, type TextRun } from '../../src/content/text-runs';

/** The runs' texts under a fresh body holding `html`, collected in one go. */
function runsOf(html: string, host: Element | null = null): string[] {
  document.body.innerHTML = html;
  const runs: TextRun[] = [];
  const step = createRunCollector(document.body, host, (run) => runs.push(run));
  expect(step(() => false)).toBe(true);
  return runs.map((run) => run.text);
}

describe('createRunCollector (text nodes only, parents judged once)', () => {
  it('joins the text of one block across inline elements', () => {
    expect(runsOf('<p>le <em>réseau</em> <a href="#"><b>local</b></a> ici</p>')).toEqual(['le réseau local ici']);
  });

  it('splits at blocks, <br> and <img>, even inside inline elements', () => {
    expect(runsOf('<div>avant<p>dedans</p>après</div>')).toEqual(['avant', 'dedans', 'après']);
    expect(runsOf('<p>un<br>deux</p>')).toEqual(['un', 'deux']);
    expect(runsOf('<p><em>un<br></em>deux</p>')).toEqual(['un', 'deux']);
    expect(runsOf('<li><a>un</a><img alt=""><a>deux</a></li>')).toEqual(['un', 'deux']);
    expect(runsOf('<div><span>un</span><hr><span>deux</span></div>')).toEqual(['un', 'deux']);
  });

  it('never reads skipped elements, editable regions or the host, at any depth', () => {
    expect(runsOf('<p>lu</p><pre><span>code <b>gras</b></span></pre><div contenteditable="true"><p>tapé</p></div>')).toEqual(['lu']);
    document.body.innerHTML = '<p>page</p><div id="host"><p>Signet</p></div>';
    const host = document.getElementById('host');
    const runs: string[] = [];
    createRunCollector(document.body, host, (run) => runs.push(run.text))(() => false);
    expect(runs).toEqual(['page']);
  });

  it('does not split a sentence at a skipped element inside it, as the filtered walk did not', () => {
    expect(runsOf('<p>un <button>x</button>deux</p>')).toEqual(['un deux']);
  });

  it('keeps each node and its offset in the run', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const runs: TextRun[] = [];
    createRunCollector(document.body, null, (run) => runs.push(run))(() => false);
    expect(runs[0]!.starts).toEqual([0, 2, 4]);
    expect(runs[0]!.nodes.map((n) => n.data)).toEqual(['ab', 'cd', 'ef']);
    expect(runs[0]!.block.localName).toBe('p');
  });

  it('resumes after a deadline where it stopped', () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>mot${i}</p>`).join('');
    const runs: string[] = [];
    const step = createRunCollector(document.body, null, (run) => runs.push(run.text));
    let steps = 1;
    while (!step(() => true)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(runs).toHaveLength(300);
    expect(runs[299]).toBe('mot299');
  });
});
