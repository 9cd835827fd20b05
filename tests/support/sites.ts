/** The built handbooks the `site` tests read: one per base path. */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BuiltSite {
  /** A short name for test titles. */
  name: string;
  /** The base path the site was built for. */
  base: string;
  /** Where `astro build` wrote it. */
  dir: string;
}

export const sites: BuiltSite[] = [
  { name: 'at the root', base: '/', dir: `${repoRoot}tests/.output/root` },
  { name: 'under /handbook/', base: '/handbook/', dir: `${repoRoot}tests/.output/handbook` },
];

export const [rootSite, handbookSite] = sites as [BuiltSite, BuiltSite];
