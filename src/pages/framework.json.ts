/** `/framework.json`: the whole framework as data (src/site/exports/framework-json.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../site/content';
import { frameworkExport } from '../site/exports/framework-json';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(frameworkExport(await getModel())), {
    headers: { 'Content-Type': 'application/json' },
  });
