/**
 * Stops the build before anything is written when content is wrong, naming every problem as
 * `file:line:col field message`. Astro's own schema errors carry no line numbers; these do.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, validateContent } from '../lib/validate-content';

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    // The problems are in content files, not in this code: a stack trace would only distract.
    this.stack = `${this.name}: ${message}`;
  }
}

/** Throws a `ContentError` listing every problem in the content under `root`, if there is any. */
export function assertValidContent(root: string): void {
  const problems = validateContent(root);
  if (problems.length === 0) return;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  throw new ContentError(
    `The handbook content has ${count}; nothing was built.\n${problems.map(formatProblem).join('\n')}`,
  );
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'handbook:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        assertValidContent(fileURLToPath(config.root));
        logger.info('content is valid');
      },
    },
  };
}
