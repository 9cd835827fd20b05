/**
 * `/social/<level>.png`: the level's image for link previews (src/site/social-image.ts), named by the
 * level and section pages' Open Graph and Twitter card meta where the site's address is configured.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Level } from '../../pipeline/model/model';
import { getModel, levelPaths } from '../../site/content';
import { socialPng } from '../../site/social-image';

export const getStaticPaths = levelPaths satisfies GetStaticPaths;

// Its address is socialImageUrl() in src/pipeline/urls/urls.ts.
export const GET: APIRoute<{ level: Level }> = async ({ props }) => {
  const { name, version } = await getModel();
  const png = socialPng({ handbook: name, title: props.level.title, role: props.level.role, version });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
