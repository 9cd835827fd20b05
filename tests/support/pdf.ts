/** Reads a PDF Chromium printed, with poppler's command-line tools (Debian's poppler-utils). */
import { execFileSync } from 'node:child_process';

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The text of each page in reading order (`-raw`: columns are not interleaved), whitespace collapsed and quotes made straight. */
export function pageTexts(pdf: string): string[] {
  return Array.from({ length: pageCount(pdf) }, (_, index) =>
    execFileSync('pdftotext', ['-raw', '-f', String(index + 1), '-l', String(index + 1), pdf, '-'], {
      encoding: 'utf8',
    })
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Renders one page as a PNG next to the PDF, for a person to look at; returns its path. */
export function pagePng(pdf: string, page: number): string {
  const prefix = pdf.replace(/\.pdf$/, `-page-${page}`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '72',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}
