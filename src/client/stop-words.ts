/**
 * Words that say how a query is asked, not what it is about: English stop words ("with", "the") and the
 * words of questions and instructions ("how do I…", "what does … mean"). Search leaves them out of a
 * query's words, so they neither steer the ranking nor make a right answer look partial; the build
 * leaves them out of the words it adds to an item's search terms.
 */
import { eng } from 'stopword';

/** Words of asking, beyond the stop-word list: auxiliaries, negations, and what questions are about. */
const asking = [
  'does',
  'doing',
  'done',
  'am',
  'no',
  'not',
  'without',
  'dont',
  'im',
  'ive',
  'one',
  'someone',
  'something',
  'mean',
  'means',
  'meaning',
  'example',
  'examples',
  'tips',
  'ways',
  'show',
  'good',
  'better',
  'really',
  'just',
];

const stopWords = new Set<string>([...eng, ...asking]);

/** Whether `word` (any case) is a stop word or a word of asking. */
export function isStopWord(word: string): boolean {
  return stopWords.has(word.toLowerCase().replace(/['’]/g, ''));
}
