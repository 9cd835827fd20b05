/** `/schemas/level.schema.json`: the JSON Schema of the level export (src/schemas/exports.ts). */
import type { APIRoute } from 'astro';
import { exportJsonSchemas } from '../../schemas/exports';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(exportJsonSchemas().level, null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
