/**
 * The spreadsheet import's pure parts: reading CSV with the spreadsheet's row numbers, the framework's
 * terms, checking and grouping rows, and the files it would write.
 */
import { describe, expect, it } from 'vitest';
import { readCsv, separatorOf, type CsvTable } from '../../src/cli/authoring/csv-table';
import { defaultKinds, frameworkTerms, type FrameworkTerms } from '../../src/cli/authoring/framework-terms';
import { planImport, splitSubpoints, type ImportInput } from '../../src/cli/authoring/import-rows';
import { plannedFiles, sectionFile, sectionText, yamlId } from '../../src/cli/authoring/content-text';
import { readFrontmatter } from '../../src/pipeline/read/frontmatter';
import { formatProblem } from '../../src/pipeline/problems';

const table = (text: string, file = 'items.csv'): CsvTable => {
  const { table: read, problems } = readCsv(file, text);
  if (!read) throw new Error(problems.map(formatProblem).join('\n'));
  return read;
};
const terms: FrameworkTerms = {
  competencies: ['fixture-craft', 'fixture-people'],
  tracks: ['ic'],
  kinds: [...defaultKinds],
  scales: [],
};
const header = 'level,competency,section,id,text,subpoints';
const plan = (items: string, extra: Partial<ImportInput> = {}) =>
  planImport({ items: table(items), levels: undefined, terms, existingLevels: ['1', '2'], ...extra });
const problems = (items: string, extra: Partial<ImportInput> = {}) =>
  plan(items, extra).problems.map(formatProblem);

describe('readCsv', () => {
  it('numbers rows as the spreadsheet does: the header is 1, a multi-line cell is one row, empty rows count', () => {
    const read = table('Level, ID ,text\n1,a,"two\nlines"\n,,\n\n2,b,plain\n');
    expect(read.header).toEqual(['level', 'id', 'text']);
    expect(read.rows.map(({ row, cells }) => [row, cells['id'], cells['text']])).toEqual([
      [2, 'a', 'two\nlines'],
      [5, 'b', 'plain'],
    ]);
  });

  it('reads semicolon and tab separated files, a byte-order mark and Windows line endings', () => {
    expect(separatorOf('level;id;text\n')).toBe(';');
    expect(separatorOf('level\tid\ttext\n')).toBe('\t');
    expect(separatorOf('level,id;text\n')).toBe(',');
    const read = table('\uFEFFlevel;id;text\r\n1;a;"x, y; z"\r\n');
    expect(read.header).toEqual(['level', 'id', 'text']);
    expect(read.rows[0]?.cells).toEqual({ level: '1', id: 'a', text: 'x, y; z' });
  });

  it('gives a row shorter than the header empty cells', () => {
    expect(table('level,id,text\n1,a\n').rows[0]?.cells).toEqual({ level: '1', id: 'a', text: '' });
  });

  it('reports a file that is not CSV once, at the row where it goes wrong', () => {
    expect(
      readCsv('items.csv', 'level,id,text\n1,a,ok\n2,b,"never closed\n').problems.map(formatProblem),
    ).toEqual(['items.csv:3:3 CSV: the parsing is finished with an opening quote at line 3']);
    expect(readCsv('items.csv', 'level,id,text\n1,a,x"y"\n').problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^items\.csv:2:\d+ CSV: a quote is found on field/),
    ]);
  });
});

describe('frameworkTerms', () => {
  it('reads competencies and tracks, with the default kinds and no scales when none are declared', () => {
    const text =
      '---\nname: F\nsummary: S\ncompetencies:\n  - id: a\n    title: A\ntracks:\n  - id: ic\n    title: IC\n---\n';
    expect(frameworkTerms('content/framework/handbook.mdx', text)).toEqual({
      terms: { competencies: ['a'], tracks: ['ic'], kinds: defaultKinds, scales: [] },
      problems: [],
    });
  });

  it('reads declared section kinds and scales leniently, whatever else the file holds', () => {
    const text = [
      '---',
      'name: F',
      'competencies: [{ id: a, title: A }]',
      'sectionKinds:',
      '  - { id: statements, title: Competency, layout: statements, rubricRole: criterion }',
      'scales:',
      '  - { id: proficiency, title: Proficiency, values: [Awareness, Expert], rubric: true }',
      'somethingNew: true',
      '---',
      '',
    ].join('\n');
    expect(frameworkTerms('f.mdx', text).terms).toEqual({
      competencies: ['a'],
      tracks: [],
      kinds: [{ id: 'statements', layout: 'statements' }],
      scales: [{ id: 'proficiency', title: 'Proficiency', values: ['Awareness', 'Expert'] }],
    });
  });

  it('says what keeps the terms unknown: broken YAML, or no competencies', () => {
    expect(frameworkTerms('f.mdx', '---\nname: [\n---\n').problems[0]).toMatchObject({
      file: 'f.mdx',
      field: '',
    });
    expect(frameworkTerms('f.mdx', '---\nname: F\n---\n').problems.map(formatProblem)).toEqual([
      'f.mdx:2:1 competencies is required (expected array)',
    ]);
  });
});

describe('splitSubpoints', () => {
  it('takes one sub-point per line, without list markers or blank lines', () => {
    expect(
      splitSubpoints('1. Writes tests first.\n2) Reviews changes.\n\n- Pairs\n• Mentors\n* Leads\n  Plain  '),
    ).toEqual(['Writes tests first.', 'Reviews changes.', 'Pairs', 'Mentors', 'Leads', 'Plain']);
    expect(splitSubpoints('')).toEqual([]);
    expect(splitSubpoints('2024 was a year')).toEqual(['2024 was a year']);
  });
});

describe('planImport', () => {
  it('groups rows into sections by level, competency and kind, in the order of their first rows', () => {
    const { plan: result, problems: found } = plan(
      [
        'level,competency,section,id,text,title,lead',
        '1,fixture-craft,key-behaviors,fixture-a,Fixture a,Fixture Heading,',
        '2,fixture-craft,success-indicators,fixture-b,Fixture b,,"Fixture lead: when you"',
        '1,fixture-craft,key-behaviors,fixture-c,"Fixture c: ""quoted"" # kept",Fixture Heading,',
        '1,fixture-people,key-behaviors,fixture-a2,Fixture a2,,',
      ].join('\n'),
    );
    expect(found).toEqual([]);
    expect(result?.severalCompetencies).toBe(true);
    expect(result?.sections).toEqual([
      {
        level: '1',
        competency: 'fixture-craft',
        kind: 'key-behaviors',
        title: 'Fixture Heading',
        lead: undefined,
        items: [
          { id: 'fixture-a', text: 'Fixture a' },
          { id: 'fixture-c', text: 'Fixture c: "quoted" # kept' },
        ],
        row: 2,
      },
      {
        level: '2',
        competency: 'fixture-craft',
        kind: 'success-indicators',
        title: undefined,
        lead: 'Fixture lead: when you',
        items: [{ id: 'fixture-b', text: 'Fixture b' }],
        row: 3,
      },
      {
        level: '1',
        competency: 'fixture-people',
        kind: 'key-behaviors',
        title: undefined,
        lead: undefined,
        items: [{ id: 'fixture-a2', text: 'Fixture a2' }],
        row: 5,
      },
    ]);
  });

  it('lets the competency be left empty when the framework has one, and files the section without it', () => {
    const single = { ...terms, competencies: ['fixture-only'] };
    const { plan: result } = plan(
      `${header}\n1,,key-behaviors,fixture-a,Fixture a,\n1,fixture-only,key-behaviors,fixture-b,Fixture b,\n`,
      {
        terms: single,
      },
    );
    expect(result?.sections).toHaveLength(2);
    expect(result?.sections.map((section) => section.competency)).toEqual([undefined, undefined]);
    expect(result && sectionFile(result.sections[0] ?? { level: '', competency: '', kind: '' })).toBe(
      'content/sections/level-1/key-behaviors.mdx',
    );
  });

  it('reports every bad row at its row and column, all at once', () => {
    const found = problems(
      [
        header,
        '9,fixture-nope,key-behaviours,Bad_Id,,',
        '1,,key-behaviors,fixture-x,Fixture x,',
        '1,fixture-craft,mindset-shift,fixture-y,Fixture y,',
        '1,fixture-craft,key-behaviors,fixture-z,"Fixture\ntwo lines",',
        '1,fixture-craft,key-behaviors,fixture-z,Fixture again,',
        'Level One,fixture-craft,key-behaviors,fixture-w,<b>Fixture</b> w,',
        ',fixture-craft,,,Fixture v,',
      ].join('\n'),
    );
    expect(found).toEqual([
      'items.csv:2:1 level no level has id 9 (levels: 1, 2): add its file to content/levels/, or give --levels levels.csv',
      'items.csv:2:2 competency no competency "fixture-nope" in the framework (competencies: fixture-craft, fixture-people)',
      `items.csv:2:3 section no section kind "key-behaviours" (kinds: ${defaultKinds.map(({ id }) => id).join(', ')})`,
      'items.csv:2:4 id must be kebab-case: lower-case letters and digits joined by single hyphens; found "Bad_Id"',
      'items.csv:2:5 text must not be empty',
      'items.csv:3:2 competency is required: the framework lists 2 competencies (fixture-craft, fixture-people)',
      'items.csv:4:3 section a "mindset-shift" section is a from → to shift, with no items: write its file by hand',
      'items.csv:5:5 text is one paragraph, but this cell has several lines: put a list in the subpoints column, one sub-point per line',
      'items.csv:6:4 id duplicate id "fixture-z": level 1 already uses it at items.csv:5:4',
      'items.csv:7:1 level must be a level id: a number such as 4, or kebab-case such as senior-1; found "Level One"',
      'items.csv:8:1 level is required: the id of the level the item belongs to',
      'items.csv:8:3 section is required: the kind of section the item is in',
      'items.csv:8:4 id must be kebab-case: lower-case letters and digits joined by single hyphens; found ""',
    ]);
    expect(plan(`${header}\n9,fixture-nope,key-behaviours,Bad_Id,,\n`).plan).toBeUndefined();
  });

  it('lets the same id be used at two levels, as content does', () => {
    expect(
      problems(
        `${header}\n1,fixture-craft,key-behaviors,fixture-a,A,\n2,fixture-craft,key-behaviors,fixture-a,A,\n`,
      ),
    ).toEqual([]);
  });

  it('reports a header without a required column once, and unknown or repeated columns where they are', () => {
    expect(problems('level,section,id\n1,key-behaviors,fixture-a\n')).toEqual([
      'items.csv:1:1 the header lacks the column text',
    ]);
    expect(problems(`${header},colour,text,\n1,fixture-craft,key-behaviors,fixture-a,A,,red,A,\n`)).toEqual([
      'items.csv:1:7 colour unknown column "colour": expected one of level, competency, section, id, text, subpoints, title, lead',
      'items.csv:1:8 text column "text" is given twice',
      'items.csv:1:9 a column has no name: name it, or delete it',
    ]);
  });

  it('asks for a lead where the kind opens with one, refuses it elsewhere, and holds a section to one title', () => {
    const found = problems(
      [
        'level,competency,section,id,text,title,lead',
        '2,fixture-craft,success-indicators,fixture-a,A,,',
        '2,fixture-craft,key-behaviors,fixture-b,B,Fixture One,',
        '2,fixture-craft,key-behaviors,fixture-c,C,Fixture Two,',
        '2,fixture-craft,focus-summary,fixture-d,D,,Fixture lead',
      ].join('\n'),
    );
    expect(found).toEqual([
      'items.csv:4:6 title this section\'s title is "Fixture One" at items.csv:3:6: a section has one title',
      'items.csv:5:7 lead only a section with a lead-in has a lead; a "focus-summary" section has none',
      'items.csv:2:7 lead a "success-indicators" section opens with a lead-in sentence: give it in a "lead" column, on any of its rows',
    ]);
  });

  it('takes kinds from the framework where it declares them', () => {
    const declared = { ...terms, kinds: [{ id: 'statements', layout: 'statements' }] };
    expect(problems(`${header}\n1,fixture-craft,statements,fixture-a,A,\n`, { terms: declared })).toEqual([]);
    expect(problems(`${header}\n1,fixture-craft,key-behaviors,fixture-a,A,\n`, { terms: declared })).toEqual([
      'items.csv:2:3 section no section kind "key-behaviors" (kinds: statements)',
    ]);
  });

  it("checks a scale's column against its values, and takes a column per declared scale only", () => {
    const scaled = {
      ...terms,
      scales: [{ id: 'proficiency', title: 'Fixture proficiency', values: ['Awareness', 'Expert'] }],
    };
    const csv = `${header},proficiency\n1,fixture-craft,key-behaviors,fixture-a,A,,Guru\n1,fixture-craft,key-behaviors,fixture-b,B,,\n`;
    expect(problems(csv, { terms: scaled })).toEqual([
      "items.csv:2:7 proficiency must be one of the Fixture proficiency scale's values: Awareness, Expert",
    ]);
    expect(problems(csv)).toContain(
      'items.csv:1:7 proficiency unknown column "proficiency": expected one of level, competency, section, id, text, subpoints, title, lead',
    );
  });

  it("puts sub-points and scale values on the item, checked by the content's item schema", () => {
    const scaled = {
      ...terms,
      scales: [{ id: 'proficiency', title: 'Fixture proficiency', values: ['Awareness', 'Expert'] }],
    };
    const result = plan(
      `${header},proficiency\n1,fixture-craft,key-behaviors,fixture-a,A,"1. Fixture one\n2. Fixture two",Expert\n`,
      { terms: scaled },
    );
    expect(result.problems).toEqual([]);
    expect(result.plan?.sections[0]?.items).toEqual([
      {
        id: 'fixture-a',
        text: 'A',
        subpoints: ['Fixture one', 'Fixture two'],
        attributes: { proficiency: 'Expert' },
      },
    ]);
  });

  describe('with levels.csv', () => {
    const levelsHeader = 'id,rank,track,title,role,closing,introduction';
    const levels = (rows: string) => table(`${levelsHeader}\n${rows}`, 'levels.csv');

    it('reads each level with the level schema, its track from the framework, its introduction as the body', () => {
      const { plan: result, problems: found } = plan(
        `${header}\nsenior,fixture-craft,key-behaviors,fixture-a,A,\n`,
        {
          levels: levels(
            'senior,2,ic,Fixture Senior,fixture role,Fixture closing.,"Fixture intro:\n\nin two paragraphs."\n',
          ),
        },
      );
      expect(found).toEqual([]);
      expect(result?.levels).toEqual([
        {
          data: {
            id: 'senior',
            rank: 2,
            track: 'ic',
            title: 'Fixture Senior',
            role: 'fixture role',
            closing: 'Fixture closing.',
          },
          introduction: 'Fixture intro:\n\nin two paragraphs.',
          row: 2,
        },
      ]);
    });

    it('names levels only from levels.csv then, and reports each bad level row', () => {
      const found = problems(`${header}\n1,fixture-craft,key-behaviors,fixture-a,A,\n`, {
        levels: levels(['x,second,ic,T,r,c,', 'x,3,nope,,r,c,', 'Big Level,4,,T,r,c,'].join('\n')),
      });
      expect(found).toEqual([
        'levels.csv:2:2 rank expected number, found "second"',
        'levels.csv:3:4 title is required (expected string)',
        'levels.csv:3:1 id level x is already defined at levels.csv:2:1',
        'levels.csv:3:3 track no track "nope" in the framework (tracks: ic)',
        'levels.csv:4:1 id must be kebab-case: lower-case letters and digits joined by single hyphens; found "Big Level"',
        'items.csv:2:1 level no level has id 1 (levels: x, Big Level): add a row for it to the levels file',
      ]);
    });

    it('stops at a levels header without its required columns', () => {
      expect(
        plan(`${header}\n1,fixture-craft,key-behaviors,fixture-a,A,\n`, {
          levels: table('id,title\nx,T\n', 'levels.csv'),
        }).problems.map(formatProblem),
      ).toEqual(['levels.csv:1:1 the header lacks the column rank']);
    });
  });

  it('has nothing to import from a header alone', () => {
    expect(problems(`${header}\n`)).toEqual([
      'items.csv:1:1 has no rows under its header: nothing to import',
    ]);
  });
});

describe('the files an import writes', () => {
  const tricky = [
    'Fixture: a colon and a space',
    '"Fixture" starts with a quote',
    "Fixture it's # not a comment",
    '*Fixture* emphasis first',
    'Fixture `code: x` and \\<escaped\\>',
    '- Fixture dash first',
    'Fixture… ünïcödé — “curly”',
    'yes',
    '42',
  ];

  it('writes text that reads back exactly, whatever it holds', () => {
    const section = {
      level: '4',
      competency: 'fixture-craft',
      kind: 'key-behaviors',
      title: 'Fixture: Heading',
      lead: undefined,
      items: tricky.map((text, index) => ({ id: `fixture-${index}`, text })),
      row: 2,
    };
    const { data, body } = readFrontmatter(sectionText(section));
    expect(data).toEqual({
      level: 4,
      competency: 'fixture-craft',
      kind: 'key-behaviors',
      title: 'Fixture: Heading',
      items: tricky.map((text, index) => ({ id: `fixture-${index}`, text })),
    });
    expect(body).toBe('');
  });

  it('writes levels and sections where the layout check expects them, numbers as numbers', () => {
    const files = plannedFiles({
      severalCompetencies: false,
      levels: [
        {
          data: { id: '4', rank: 4, title: 'Fixture 4', role: 'fixture role', closing: 'Fixture: closing.' },
          introduction: '',
          row: 2,
        },
      ],
      sections: [
        {
          level: 'senior-1',
          competency: undefined,
          kind: 'focus-summary',
          title: undefined,
          lead: undefined,
          items: [{ id: 'fixture-a', text: 'A' }],
          row: 2,
        },
      ],
    });
    expect(files).toEqual([
      {
        file: 'content/levels/level-4.mdx',
        text: '---\nid: 4\nrank: 4\ntitle: Fixture 4\nrole: fixture role\nclosing: "Fixture: closing."\n---\n',
      },
      {
        file: 'content/sections/level-senior-1/focus-summary.mdx',
        text: '---\nlevel: senior-1\nkind: focus-summary\nitems:\n  - id: fixture-a\n    text: A\n---\n',
      },
    ]);
    expect([yamlId('4'), yamlId('04'), yamlId('senior-1'), yamlId('0')]).toEqual([4, '04', 'senior-1', 0]);
  });
});
