/** `/robots.txt`: crawl everything; the sitemap named where there is one (src/site/sitemap.ts). */
import type { APIRoute } from 'astro';
import { withSite } from '../site/base';
import { robotsTxt } from '../site/sitemap';

export const GET: APIRoute = () =>
  new Response(robotsTxt(import.meta.env.SITE ? withSite('/sitemap.xml') : undefined), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
