/** `/levels/<level>.json`: one level as data (src/site/exports/framework-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Level } from '../../pipeline/model/model';
import { getModel, levelFilePaths } from '../../site/content';
import { levelExport } from '../../site/exports/framework-json';

// At the level's id and at each id it was published under before.
export const getStaticPaths = levelFilePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ level: Level }> = async ({ props }) =>
  new Response(JSON.stringify(levelExport(await getModel(), props.level)), {
    headers: { 'Content-Type': 'application/json' },
  });
