/**
 * `/case/items.json`: every row a case can hold, for the case and calibration pages
 * (src/client/case-index.ts). Words only: nothing a reader wrote is ever on the site.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../site/content';
import { caseIndexOf } from '../../site/case-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(caseIndexOf(await getModel())), {
    headers: { 'Content-Type': 'application/json' },
  });
