/**
 * `/items.csv`: every item, one row each, in the columns `npm run import` reads, with its canonical
 * URL and the framework's version (src/site/exports/items-csv.ts).
 */
import type { APIRoute } from 'astro';
import { getModel } from '../site/content';
import { withSite } from '../site/base';
import { itemsCsv } from '../site/exports/items-csv';

export const GET: APIRoute = async () => {
  const handbook = await getModel();
  return new Response(
    itemsCsv(handbook, (path) => withSite(path)),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
