/**
 * The public relevance set: queries a reader would type on the Level 4 fixture, each with what it
 * means. `tests/browser/relevance.test.ts` types each into the search page and prints how often the
 * wanted result comes first and in the top three.
 *
 * Two parts, kept apart on purpose:
 * - `tuning`: written before search's second round (issue 20), and used while building it;
 * - `heldOut` (tests/support/relevance-held-out.ts): written afterwards by someone who had seen only
 *   the built site, never the thesaurus or the expansion, and never tuned on.
 */

/** What a query means: an item's id, several ids (any of them is right), or a page (`page:/levels/4/`). */
export type Wanted = string | readonly string[];

export interface RelevanceQuery {
  query: string;
  wanted: Wanted;
  /** What kind of query it is, for the printed figures. */
  kind: 'own words' | 'reader words' | 'misspelt' | 'question' | 'everyday';
}

const own = (query: string, wanted: Wanted): RelevanceQuery => ({ query, wanted, kind: 'own words' });
const reader = (query: string, wanted: Wanted): RelevanceQuery => ({ query, wanted, kind: 'reader words' });
const misspelt = (query: string, wanted: Wanted): RelevanceQuery => ({ query, wanted, kind: 'misspelt' });
const question = (query: string, wanted: Wanted): RelevanceQuery => ({ query, wanted, kind: 'question' });
const everyday = (query: string, wanted: Wanted): RelevanceQuery => ({ query, wanted, kind: 'everyday' });

/** How each part writes its queries. */
export const heldOutKinds = { own, reader, misspelt, question, everyday };

export const tuning: readonly RelevanceQuery[] = [
  // In the framework's own words.
  own('delegate', 'struggles-to-delegate'),
  own('tradeoffs', 'under-communicates-tradeoffs'),
  own('anticipates needs', 'anticipates-product-needs'),
  own('product strategy', 'connects-work-to-strategy'),
  own('ambiguous', 'structures-ambiguous-discussions'),
  own('feasibility', 'ambition-versus-feasibility'),
  own('complex input', 'turns-input-into-work'),
  own('assumptions still true', 'questions-assumptions'),
  own('engineering influence vision', 'questions-engineering-influence'),
  own('diverse perspectives', 'synthesize-perspectives'),
  own('documentation', 'fill-direction-gaps'),
  own('strategic voice', 'strategic-voice'),
  own('empathy', 'raises-the-bar'),
  own('connect the dots', 'connect-the-dots'),
  own('product sense', 'lead-with-product-sense'),
  own('usability', 'advocate-product-health'),
  own('ignoring risks', 'feedback-ignored-risks'),
  own('why and how well', 'influences-what-why-how'),
  own('product fluency', 'uplifts-others'),
  own('customer needs', 'feedback-customer-alignment'),
  own('trade-offs', 'under-communicates-tradeoffs'),
  own('mentor', 'mentors-product-thinking'),
  own('ownership', 'struggles-to-delegate'),
  own('excellence', 'raises-the-bar'),
  own('actionable', 'turns-input-into-work'),
  own('vision', ['clarify-the-vision', 'questions-engineering-influence']),
  own('investing', 'questions-investment'),
  // In the reader's words only, none of them in the item's text.
  reader('push back', 'challenges-unclear-direction'),
  reader('coaching', 'mentors-product-thinking'),
  reader('tech debt', 'advocate-product-health'),
  reader('technical debt', 'advocate-product-health'),
  reader('prioritize', 'drives-clarity'),
  reader('promotion', 'strategic-voice'),
  reader('cross-functional', 'influences-direction'),
  reader('quality', 'raises-the-bar'),
  reader('stakeholders', 'influences-direction'),
  reader('roadmap', 'connects-work-to-strategy'),
  reader('proactive', 'anticipates-product-needs'),
  reader('initiative', 'anticipates-product-needs'),
  reader('big picture', 'connect-the-dots'),
  reader('ux', 'advocate-product-health'),
  everyday('influence without authority', ['influences-direction', 'influences-what-why-how']),
  reader('disagree with PM', 'challenges-unclear-direction'),
  reader('assign tasks', 'struggles-to-delegate'),
  reader('foresee', 'anticipates-product-needs'),
  reader('vague requirements', ['structures-ambiguous-discussions', 'challenges-unclear-direction']),
  // Misspelt.
  misspelt('stratgic', ['strategic-voice', 'uplifts-others']),
  misspelt('delagate', 'struggles-to-delegate'),
  misspelt('feasability', 'ambition-versus-feasibility'),
  misspelt('ambigous discussions', 'structures-ambiguous-discussions'),
  misspelt('documentaion', 'fill-direction-gaps'),
  misspelt('usabilty', 'advocate-product-health'),
  misspelt('asumptions still true', 'questions-assumptions'),
  misspelt('mentoring otehrs', 'mentors-product-thinking'),
  // Asked as questions or instructions.
  question('what does level 4 mean', 'page:/levels/4/'),
  question('how to show strategic thinking', 'uplifts-others'),
  question('how do I delegate better', 'struggles-to-delegate'),
  question('what is product sense', 'lead-with-product-sense'),
  question('how can engineering influence the product vision', 'questions-engineering-influence'),
  question('how do I raise the bar', 'raises-the-bar'),
  question('what are the risks we ignore', 'feedback-ignored-risks'),
  question('level 4', 'page:/levels/4/'),
  // Everyday phrasing.
  everyday('dealing with ambiguity', 'structures-ambiguous-discussions'),
  everyday('long term product health', 'advocate-product-health'),
  everyday('customer impact of technical work', 'connects-work-to-strategy'),
  everyday('letting go of details', 'struggles-to-delegate'),
  everyday('saying no to product', 'challenges-unclear-direction'),
];
