/**
 * A level's image for link previews (Open Graph, Twitter cards): 1200 × 630, the handbook's name, the
 * level's title and role, and the framework's version, drawn as SVG here and rendered to PNG at build
 * time by resvg, with a font that ships with the project (DejaVu Sans Bold, src/assets/fonts/), so it
 * looks the same on every machine and asks no service for anything.
 */
import { Resvg } from '@resvg/resvg-js';
import { escapeHtml } from '../client/citation';

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;
/** The font's path, from the config (astro.config.mjs): a bundled page cannot find it from its own. */
const FONT: string = import.meta.env['HANDBOOK_SOCIAL_FONT'] as string;

/** Words broken into lines of at most `width` characters, at most `lines` of them (the last cut with …). */
export function wrap(words: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${(kept[lines - 1] ?? '').slice(0, width - 1)}…`;
  return kept;
}

export interface SocialCard {
  handbook: string;
  title: string;
  role?: string | undefined;
  version?: string | undefined;
}

/** The card as SVG. */
export function socialSvg({ handbook, title, role, version }: SocialCard): string {
  const text = (x: number, y: number, size: number, fill: string, words: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}">${escapeHtml(words)}</text>`;
  const titleLines = wrap(title, 22, 2);
  const roleLines = role ? wrap(role, 40, 2) : [];
  const parts = [
    `<rect width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}" fill="#f7f5f0"/>`,
    `<rect width="24" height="${SOCIAL_HEIGHT}" fill="#0f5c6e"/>`,
    text(96, 130, 40, '#4a4a4a', wrap(handbook, 48, 1)[0] ?? ''),
    ...titleLines.map((line, index) => text(96, 260 + index * 92, 80, '#1a1a1a', line)),
    ...roleLines.map((line, index) =>
      text(96, 280 + titleLines.length * 92 + index * 56, 44, '#0f5c6e', line),
    ),
    ...(version ? [text(96, 570, 32, '#4a4a4a', `Version ${version}`)] : []),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}" font-family="DejaVu Sans">${parts.join('')}</svg>`;
}

/** The card as PNG, drawn with the font at `font`. */
export function socialPng(card: SocialCard, font: string = FONT): Buffer {
  const renderer = new Resvg(socialSvg(card), {
    font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return renderer.render().asPng();
}
