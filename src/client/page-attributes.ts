/**
 * What every page says about itself on `<html>`, written by src/layouts/Page.astro and read by the
 * scripts: the framework's version (`data-handbook-version="2026.3"`, absent when the framework names
 * none), the level a page of one level belongs to (`data-level="4"`), and the base path
 * (`data-base="/handbook/"`), so a script can fetch the site's own files.
 */
import { versionAttribute } from './selectors';

interface AttributeElement {
  getAttribute(name: string): string | null | undefined;
}

export interface PageFacts {
  /** The framework's version the page shows; undefined when the framework names none. */
  version?: string | undefined;
  /** The level of a level, section or rubric page; undefined on other pages. */
  level?: string | undefined;
  /** The site's base path (`/`, `/handbook/`). */
  base: string;
}

/** The attributes of a page's `<html>`: only those it has a value for. */
export function pageAttributes({ version, level, base }: PageFacts): Record<string, string> {
  return {
    ...(version === undefined ? {} : { [versionAttribute]: version }),
    ...(level === undefined ? {} : { 'data-level': level }),
    'data-base': base,
  };
}

/** What a page's `<html>` says about it. */
export function readPage(root: AttributeElement): PageFacts {
  const value = (name: string) => root.getAttribute(name) ?? undefined;
  return {
    version: value('data-handbook-version'),
    level: value('data-level'),
    base: value('data-base') ?? '/',
  };
}
