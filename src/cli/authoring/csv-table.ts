/**
 * A spreadsheet saved as CSV, read with csv-parse into a header and rows that keep the spreadsheet's
 * row numbers (the header is row 1), whatever lines a quoted multi-line cell spans. Comma, semicolon
 * and tab separated files are read alike; a byte-order mark and Windows line endings are fine.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ContentProblem } from '../../pipeline/problems';

export interface CsvRow {
  /** The spreadsheet's row number: the header is row 1, the first row under it row 2. */
  row: number;
  /** The row's cells, by column name (the header's, trimmed and lower-cased); absent cells are ''. */
  cells: Record<string, string>;
  /** Each column's number (1 for A), by column name. */
  columns: Record<string, number>;
}

export interface CsvTable {
  /** The file as the person named it, for problems: `items.csv`. */
  file: string;
  /** The column names, trimmed and lower-cased, in order. */
  header: string[];
  /** Every row with a value in it; rows left empty are skipped, but still counted. */
  rows: CsvRow[];
}

/** The separator a file uses: whichever of comma, semicolon and tab its first line has most of. */
export function separatorOf(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((separator) => ({
    separator,
    count: first.split(separator).length - 1,
  }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).separator;
}

/** Reads the CSV `text` of `file`; a file that is not valid CSV is one problem where it goes wrong. */
export function readCsv(
  file: string,
  text: string,
): { table: CsvTable | undefined; problems: ContentProblem[] } {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separatorOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const count = (value: unknown) => (typeof value === 'number' ? value : 0);
    const message = error.message.replace(/^[^:]*: /, '');
    return {
      table: undefined,
      problems: [
        {
          file,
          // The records read before the one that failed, the header among them.
          line: count(error['records']) + 1,
          column: count(error['index']) + 1,
          field: '',
          message: `CSV: ${message}`,
        },
      ],
    };
  }
  const [head = [], ...body] = records;
  const header = head.map((name) => name.trim().toLowerCase());
  const columns = Object.fromEntries(header.map((name, index) => [name, index + 1]));
  const rows = body.flatMap((record, index): CsvRow[] => {
    if (record.every((cell) => cell.trim() === '')) return [];
    const cells = Object.fromEntries(header.map((name, column) => [name, record[column] ?? '']));
    return [{ row: index + 2, cells, columns }];
  });
  return { table: { file, header, rows }, problems: [] };
}
