import { describe, expect, it } from 'vitest';
import type { Tree } from '../../src/client/dom-tree';
import type { SinceEntry } from '../../src/client/since';
import { thenNowNote } from '../../src/client/then-now-note';

/** The tree as HTML, escaped as the DOM would: to read the note's shape. */
function html(tree: Tree): string {
  if (typeof tree === 'string') return tree.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const attributes = Object.entries(tree.attributes ?? {})
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${tree.tag}${attributes}>${tree.children.map(html).join('')}</${tree.tag}>`;
}

/** The text a screen reader reads: every text node. */
const text = (tree: Tree): string => (typeof tree === 'string' ? tree : tree.children.map(text).join(''));

const reworded: SinceEntry = {
  reworded: true,
  moved: false,
  retired: false,
  then: { text: 'Ships fixture widgets <weekly>', context: 'Level 2 · Key Behaviors' },
  now: {
    text: 'Ships fixture widgets daily',
    context: 'Level 2 · Key Behaviors',
    url: '/levels/2/#ships-widgets',
  },
  diff: [
    [0, 'Ships fixture widgets '],
    [-1, '<weekly>'],
    [1, 'daily'],
  ],
  change: '/changes/#2026.2--2--ships-widgets',
};

const here = '/handbook/levels/2/#ships-widgets';
const of = { version: '2026.1', base: '/handbook/', here };

describe('the then/now note', () => {
  const note = html(thenNowNote(reworded, of));

  it('is a labelled note that says which version the citation named', () => {
    expect(note).toMatch(
      /^<div class="then-now" role="note" aria-labelledby="then-now-title"><p class="then-now-title" id="then-now-title"><strong>You followed a citation of version 2026.1\.<\/strong> Its words have changed since\.<\/p>/,
    );
  });

  it('shows the words cited then and today, as text, never as markup', () => {
    expect(note).toContain(
      '<dt>The words cited (version 2026.1)</dt><dd><q>Ships fixture widgets &lt;weekly></q>',
    );
    expect(note).toContain(
      '<dt>Today’s words</dt><dd><q>Ships fixture widgets daily</q> <span class="then-now-where">(Level 2 · Key Behaviors)</span></dd>',
    );
  });

  it('draws the difference with <del> and <ins>, named for screen readers', () => {
    expect(note).toContain(
      '<dd class="then-now-diff">Ships fixture widgets <del><span class="sr-only">removed: </span>&lt;weekly></del><ins><span class="sr-only">added: </span>daily</ins></dd>',
    );
    expect(text(thenNowNote(reworded, of))).toContain('Ships fixture widgets removed: <weekly>added: daily');
  });

  it('links to the change, under the base', () => {
    expect(note).toMatch(
      /<p><a href="\/handbook\/changes\/#2026\.2--2--ships-widgets">What changed<\/a><\/p><\/div>$/,
    );
  });

  it('links to today’s words only when they are elsewhere', () => {
    expect(note).not.toContain('Open it where it is now');
    const moved = {
      ...reworded,
      moved: true,
      now: {
        text: 'Ships fixture widgets daily',
        context: 'Level 3 · Key Behaviors',
        url: '/levels/3/#ships-widgets',
      },
    };
    const elsewhere = html(thenNowNote(moved, of));
    expect(elsewhere).toContain('<a href="/handbook/levels/3/#ships-widgets">Open it where it is now</a>');
    expect(elsewhere).toContain('Its words have changed, and it has moved, since.');
  });

  it('says a moved item moved, with no difference when its words are the same', () => {
    const moved: SinceEntry = {
      reworded: false,
      moved: true,
      retired: false,
      then: reworded.then,
      now: {
        text: reworded.then.text,
        context: 'Level 2 · Success Indicators',
        url: '/levels/2/#ships-widgets',
      },
      change: reworded.change,
    };
    const note = html(thenNowNote(moved, of));
    expect(note).toContain('It has moved since.');
    expect(note).not.toContain('then-now-diff');
  });

  it('says a retired item was retired, and where its link leads', () => {
    const retired: SinceEntry = {
      reworded: false,
      moved: false,
      retired: true,
      then: reworded.then,
      leadsTo: { url: '/levels/2/#key-behaviors', title: 'Key Behaviors' },
      change: '/changes/#2026.2--2--ships-widgets',
    };
    const note = html(thenNowNote(retired, { ...of, base: '/' }));
    expect(note).toContain('It has since been retired.');
    expect(note).not.toContain('Today’s words');
    expect(note).toContain(
      '<dt>Its link now leads to</dt><dd><a href="/levels/2/#key-behaviors">Key Behaviors</a></dd>',
    );
  });
});
