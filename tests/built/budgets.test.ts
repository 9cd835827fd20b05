/**
 * Byte budgets, exact, over every page of the built fixtures (tests/support/checks/budgets.ts): HTML
 * and CSS at most 14 KB gzip, JavaScript run on load at most 2 KB gzip.
 */
import { expect, it } from 'vitest';
import { describeBudgets, staticImports } from '../support/checks/budgets';
import { ladderSites, level4Sites } from '../support/sites';

it('follows static imports and not dynamic ones', () => {
  expect(staticImports('import"./a.js";import{b as c}from"./d.js";const e=()=>import("./f.js")')).toEqual([
    './a.js',
    './d.js',
  ]);
});

for (const site of [...level4Sites, ...ladderSites]) describeBudgets(site);
