/**
 * `/search/words.json`: the words search corrects misspellings to, and what each reader's word it
 * finds items by stands for (src/site/search-vocabulary.ts). Loaded by the search box only when a
 * query needs it.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../site/content';
import { searchVocabulary } from '../../site/search-vocabulary';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchVocabulary(await getModel())), {
    headers: { 'Content-Type': 'application/json' },
  });
