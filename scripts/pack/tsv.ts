/**
 * Tab-separated tables as spreadsheets export them: a header row, then one row per line. No
 * quoting (TSV has none); a UTF-8 byte order mark and Windows line ends are tolerated because
 * spreadsheet programs write them.
 */
export interface TsvRow {
  /** 1-based line number in the file, for error messages. */
  line: number;
  cells: Map<string, string>;
}

export interface TsvTable {
  columns: string[];
  rows: TsvRow[];
}

export function parseTsv(text: string): TsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = (lines[0] ?? '').split('\t').map((name) => name.trim().toLowerCase());
  const rows: TsvRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const values = line.split('\t');
    const cells = new Map(columns.map((column, i) => [column, (values[i] ?? '').trim()]));
    rows.push({ line: index + 2, cells });
  });
  return { columns, rows };
}
