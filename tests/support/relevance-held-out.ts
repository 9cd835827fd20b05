/**
 * The held-out part of the relevance set (see tests/support/relevance-queries.ts): written after
 * search's second round by someone given only the built pages (no search, thesaurus, expansion,
 * code or tests), as a new reader would type. Never tuned on: a query that misses here is reported,
 * not fixed by a word list. The two it shared with the tuning part ("connect the dots", "tech debt")
 * are left to that part.
 */
import { heldOutKinds as kinds, type RelevanceQuery } from './relevance-queries';

const { own, reader, misspelt, question, everyday } = kinds;

export const heldOut: readonly RelevanceQuery[] = [
  reader('letting go of small decisions and handing them to the team', 'struggles-to-delegate'),
  misspelt('delagate ownership', 'struggles-to-delegate'),
  reader('not explaining engineering compromises to stakeholders', 'under-communicates-tradeoffs'),
  question('what does over-index on product impact mean', 'under-communicates-tradeoffs'),
  reader('big ideas vs what we can realistically build', 'ambition-versus-feasibility'),
  misspelt('ambition vs feasability', 'ambition-versus-feasibility'),
  own('clarify vision', 'clarify-the-vision'),
  everyday('gut feel for what makes a good product', 'lead-with-product-sense'),
  misspelt('product sesne', 'lead-with-product-sense'),
  everyday('proactively suggest fixes before anyone asks', 'anticipates-product-needs'),
  question(
    'how do I show my engineering work matters to customers and the business',
    'connects-work-to-strategy',
  ),
  reader("push back on a roadmap that doesn't make sense", 'challenges-unclear-direction'),
  misspelt('challange misaligned direction', 'challenges-unclear-direction'),
  everyday('bringing order to messy meetings', 'structures-ambiguous-discussions'),
  everyday('coaching juniors to think about what users want', 'mentors-product-thinking'),
  everyday('mentorship', 'mentors-product-thinking'),
  own('what assumptions are we making', 'questions-assumptions'),
  question('why are we investing where we are', 'questions-investment'),
  question('how can engineers shape the product vision', 'questions-engineering-influence'),
  question('are we building what customers actually need?', 'feedback-customer-alignment'),
  own('risks', 'feedback-ignored-risks'),
  own('where are we lacking clarity', 'feedback-lacking-clarity'),
  everyday('seen as strategic in product meetings', 'strategic-voice'),
  own('influence why and how well things get built', 'influences-what-why-how'),
  everyday('set higher standards for quality and empathy across teams', 'raises-the-bar'),
  everyday('keep product meetings focused', 'drives-clarity'),
  everyday('cross-functional influence on product direction', 'influences-direction'),
  own('turn complex input into actionable work', 'turns-input-into-work'),
  reader('lead by example', 'uplifts-others'),
  misspelt('synthesize perspecitves', 'synthesize-perspectives'),
  reader('write the docs nobody wrote', 'fill-direction-gaps'),
];
