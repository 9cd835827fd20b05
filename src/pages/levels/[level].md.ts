/** `/levels/<level>.md`: one level as Markdown with citation links (src/site/exports/level-markdown.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Level } from '../../pipeline/model/model';
import { getModel, levelFilePaths } from '../../site/content';
import { levelMarkdown } from '../../site/exports/level-markdown';

// At the level's id and at each id it was published under before.
export const getStaticPaths = levelFilePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ level: Level }> = async ({ props }) =>
  new Response(levelMarkdown(await getModel(), props.level), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
