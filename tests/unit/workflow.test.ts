/**
 * The deploy workflow (.github/workflows/deploy.yml), read as GitHub reads it: it runs on pushes to
 * main and by hand, tests before it builds, builds with the Pages address, base path and repository,
 * uploads and deploys with the official Pages actions, and asks for no more permission than Pages
 * needs. (actionlint, where installed, lints it too: README, "Deploy".)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  container?: { image: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: { push: { branches: string[] }; workflow_dispatch: null };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = parse(
  readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8'),
) as Workflow;
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const build = workflow.jobs['build'];
const deploy = workflow.jobs['deploy'];
const steps = build?.steps ?? [];
const index = (find: (step: Step) => boolean) => steps.findIndex(find);
const uses = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;

describe('the deploy workflow', () => {
  it('runs on pushes to main and by hand, one deployment at a time', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(Object.keys(workflow.on)).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.concurrency.group).toBeTruthy();
    expect(Object.keys(workflow.jobs)).toEqual(['build', 'deploy']);
  });

  it('reads only, but for the deploy job, which writes Pages with an OIDC token', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(build?.permissions).toBeUndefined();
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(deploy?.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('pins every action to a major version', () => {
    for (const step of [...steps, ...(deploy?.steps ?? [])])
      if (step.uses) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
  });

  it('installs as locked, on the Node .nvmrc names, with Chromium and poppler-utils, and tests before it builds', () => {
    const order = [
      index(uses('actions/checkout')),
      index(uses('actions/setup-node')),
      index((step) => step.run === 'npm ci'),
      index((step) => /apt-get install .*chromium.*poppler-utils/.test(step.run ?? '')),
      index((step) => step.run === 'npm test'),
      index(uses('actions/configure-pages')),
      index((step) => step.run === 'npm run build'),
      index(uses('actions/upload-pages-artifact')),
    ];
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps[index(uses('actions/setup-node'))]?.with?.['node-version-file']).toBe('.nvmrc');
    // The test command is the README's.
    expect(readme).toContain('npm test ');
  });

  it("builds with the Pages address, base path and the repository's address, and uploads dist/", () => {
    const pages = steps[index(uses('actions/configure-pages'))];
    expect(pages?.id).toBe('pages');
    const env = steps[index((step) => step.run === 'npm run build')]?.env ?? {};
    expect(env['HANDBOOK_SITE']).toBe('${{ steps.pages.outputs.origin }}');
    expect(env['HANDBOOK_BASE']).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(env['HANDBOOK_REPOSITORY']).toBe('${{ github.server_url }}/${{ github.repository }}');
    expect(env['HANDBOOK_BRANCH']).toBe('${{ github.event.repository.default_branch }}');
    expect(steps[index(uses('actions/upload-pages-artifact'))]?.with?.['path']).toBe('dist');
  });
});
