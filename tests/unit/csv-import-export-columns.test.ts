/**
 * The import reads `/items.csv` as it is published: its export-only columns (url, version) are read
 * past, neither refused as unknown nor written into content; any other unknown column still is refused.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/cli/authoring/csv-table';
import { defaultKinds, type FrameworkTerms } from '../../src/cli/authoring/framework-terms';
import { planImport } from '../../src/cli/authoring/import-rows';
import { formatProblem } from '../../src/pipeline/problems';

const terms: FrameworkTerms = {
  competencies: ['fixture-craft'],
  tracks: [],
  kinds: [...defaultKinds],
  scales: [],
};
const plan = (text: string) => {
  const { table } = readCsv('items.csv', text);
  if (!table) throw new Error('not CSV');
  return planImport({ items: table, levels: undefined, terms, existingLevels: ['1'] });
};

describe("the import and /items.csv's own columns", () => {
  it('reads past url and version, in any case and place, and keeps nothing of them', () => {
    const { plan: read, problems } = plan(
      'URL,level,section,id,text,Version\r\nhttps://fixture.example/levels/1/#fixture-a,1,key-behaviors,fixture-a,Fixture words,2026.1\r\n',
    );
    expect(problems.map(formatProblem)).toEqual([]);
    expect(read?.sections[0]?.items).toEqual([{ id: 'fixture-a', text: 'Fixture words' }]);
  });

  it('still refuses another unknown column, naming only the columns a person writes', () => {
    expect(
      plan('level,section,id,text,url,link\n1,key-behaviors,fixture-a,Fixture words,x,y\n').problems.map(
        formatProblem,
      ),
    ).toEqual([
      'items.csv:1:6 link unknown column "link": expected one of level, competency, section, id, text, subpoints, title, lead',
    ]);
  });

  it('refuses url given twice', () => {
    expect(
      plan('level,section,id,text,url,url\n1,key-behaviors,fixture-a,Fixture words,x,y\n').problems.map(
        formatProblem,
      ),
    ).toEqual(['items.csv:1:6 url column "url" is given twice']);
  });
});
