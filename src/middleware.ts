/**
 * In `astro dev` only: a page that stops on content problems answers with the problem lines as text
 * (`problemsResponseFor`, src/site/content.ts), readable without JavaScript, instead of Astro's
 * error page, which names only the error and leaves the lines to its script-drawn overlay. A build never
 * gets here with problems: the content loader stops it first.
 */
import { defineMiddleware } from 'astro:middleware';
import { problemsResponseFor } from './site/content';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.DEV) return next();
  try {
    return await next();
  } catch (error) {
    const response = await problemsResponseFor(error);
    if (response) return response;
    throw error;
  }
});
