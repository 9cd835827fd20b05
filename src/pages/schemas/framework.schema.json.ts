/** `/schemas/framework.schema.json`: the JSON Schema of the framework export (src/schemas/exports.ts). */
import type { APIRoute } from 'astro';
import { exportJsonSchemas } from '../../schemas/exports';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(exportJsonSchemas().framework, null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
