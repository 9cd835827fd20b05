// What pages read of the fork's configuration besides Astro's own `SITE` and `BASE_URL`, defined at
// build time by astro.config.mjs from src/integrations/handbook-config.ts.
interface ImportMetaEnv {
  /** The source repository's web address (`HANDBOOK_REPOSITORY`), empty when none is configured. */
  readonly HANDBOOK_REPOSITORY: string;
  /** The branch "Edit this page" opens (`HANDBOOK_BRANCH`, else `main`), empty when no repository is configured. */
  readonly HANDBOOK_BRANCH: string;
}
