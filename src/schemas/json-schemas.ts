/**
 * The content schemas as JSON Schema, one per collection, for editors and other tools: generated from
 * the zod schemas (Zod 4's `z.toJSONSchema`) and committed in `src/schemas/json/`. `npm run schemas`
 * writes them; a unit test fails when they differ from what the zod schemas generate.
 */
import { z } from 'astro/zod';
import { anySectionSchema, frameworkSchema, levelSchema } from './content';

/** The schema of each collection's frontmatter. */
const schemas = { framework: frameworkSchema, levels: levelSchema, sections: anySectionSchema };
type CollectionName = keyof typeof schemas;

const titles: Record<CollectionName, string> = {
  framework: 'Handbook framework file (content/framework/handbook.mdx frontmatter)',
  levels: 'Handbook level file (content/levels/*.mdx frontmatter)',
  sections: 'Handbook section file (content/sections/**/*.mdx frontmatter)',
};

/** The JSON Schema of each collection's frontmatter, as authors write it (the schema's input). */
export function jsonSchemas(): Record<CollectionName, Record<string, unknown>> {
  const schemaOf = (name: CollectionName) => ({
    title: titles[name],
    ...z.toJSONSchema(schemas[name], { io: 'input', unrepresentable: 'any' }),
  });
  return { framework: schemaOf('framework'), levels: schemaOf('levels'), sections: schemaOf('sections') };
}

/** Where each schema is committed, relative to the project root. */
export const jsonSchemaFile = (name: CollectionName) => `src/schemas/json/${name}.schema.json`;

/** A schema as it is written to its file. */
export const jsonSchemaText = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;
