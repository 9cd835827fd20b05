/**
 * `/changes/feed.xml`: the releases as an Atom feed (src/site/feed.ts). Published once the content has
 * a release; its links are absolute when the site's address is configured (HANDBOOK_SITE).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel, staticPaths } from '../../site/content';
import { withSite } from '../../site/base';
import { changelogOf } from '../../site/releases';
import { releasesFeed } from '../../site/feed';

export const getStaticPaths = (() =>
  staticPaths((handbook) =>
    handbook.releases.length > 0 ? [{ params: { feed: 'feed' } }] : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const handbook = await getModel();
  const body = releasesFeed(handbook.name, changelogOf(handbook), (path) => withSite(path));
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
