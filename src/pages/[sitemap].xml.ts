/**
 * `/sitemap.xml`: every page, absolute (src/site/sitemap.ts). Published only where the site's address
 * is configured (HANDBOOK_SITE): a sitemap's addresses must be absolute.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withSite } from '../site/base';
import { getModel } from '../site/content';
import { sitemapPages, sitemapXml } from '../site/sitemap';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(
    sitemapXml(sitemapPages(await getModel()), (path) => withSite(path)),
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
