import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections, type CollectionName } from '../../src/pipeline/content-files';
import { jsonSchemaFile, jsonSchemas, jsonSchemaText } from '../../src/schemas/json-schemas';
import { repoRoot } from '../support/sites';

const schemas = jsonSchemas();

describe('JSON Schemas for editors', () => {
  it.each(Object.keys(collections) as CollectionName[])(
    'commits the %s schema exactly as the zod schema generates it (run `npm run schemas` to update)',
    (name) => {
      const committed = readFileSync(join(repoRoot, jsonSchemaFile(name)), 'utf8');
      expect(committed).toBe(jsonSchemaText(schemas[name]));
    },
  );

  it('documents every field and refuses unknown ones, as the zod schemas do', () => {
    const level = schemas.levels as {
      properties: Record<string, { description?: string }>;
      additionalProperties: boolean;
    };
    expect(level.additionalProperties).toBe(false);
    for (const [field, schema] of Object.entries(level.properties))
      expect(schema.description, field).toBeTruthy();
  });
});
