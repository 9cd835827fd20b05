/**
 * `/changes/since-<version>.json`, one per release: what changed in each item since that release, for
 * a reader who follows a citation of it (the then/now words at the item) and for worksheet notes
 * written against it. Computed from the releases (src/pipeline/releases/since.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReleaseContent } from '../../schemas/release';
import { getModel, staticPaths } from '../../site/content';
import { snapshotOf } from '../../pipeline/releases/snapshot';
import { sinceRelease } from '../../pipeline/releases/since';

export const getStaticPaths = (() =>
  staticPaths((handbook) =>
    handbook.releases.map((release, index) => ({
      params: { version: release.version },
      props: { release, later: handbook.releases.slice(index + 1) },
    })),
  )) satisfies GetStaticPaths;

interface Props {
  release: ReleaseContent;
  later: ReleaseContent[];
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const handbook = await getModel();
  const current = snapshotOf(handbook, handbook.version ?? '', '');
  const since = sinceRelease(props.release, props.later, current, handbook.version);
  return new Response(JSON.stringify(since), { headers: { 'Content-Type': 'application/json' } });
};
