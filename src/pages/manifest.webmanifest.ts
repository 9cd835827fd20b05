/**
 * `/manifest.webmanifest`: the handbook as an installable web app names itself: its name, where it
 * starts (the home page, under the base path) and its icon. No service worker: nothing is cached
 * beyond what the browser caches.
 */
import type { APIRoute } from 'astro';
import { withBase } from '../site/base';
import { getModel } from '../site/content';

export const GET: APIRoute = async () => {
  const { name, summary } = await getModel();
  const manifest = {
    name,
    short_name: name,
    description: summary,
    start_url: withBase(''),
    scope: withBase(''),
    display: 'browser',
    icons: [{ src: withBase('favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
