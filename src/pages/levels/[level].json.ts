/** `/levels/<level>.json`: one level as data (src/site/exports/framework-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Level } from '../../pipeline/model/model';
import { getModel, staticPaths } from '../../site/content';
import { levelExport } from '../../site/exports/framework-json';

// At the level's id and at each id it was published under before (a file cannot redirect).
export const getStaticPaths = (() =>
  staticPaths((handbook) =>
    handbook.levels.flatMap((level) =>
      [level.id, ...level.formerIds].map((id) => ({ params: { level: id }, props: { level } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ level: Level }> = async ({ props }) =>
  new Response(JSON.stringify(levelExport(await getModel(), props.level)), {
    headers: { 'Content-Type': 'application/json' },
  });
