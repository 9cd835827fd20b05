/**
 * The handbook as data: the shape of each JSON export (`/framework.json`, `/levels/<level>.json`),
 * built from the model by src/site/exports/framework-json.ts. Each is published as JSON Schema
 * beside it (`/schemas/framework.schema.json`, `/schemas/level.schema.json`), and the built files are
 * checked against these schemas (tests/built/exports.test.ts). A change that breaks a consumer raises
 * `EXPORT_SCHEMA_VERSION`.
 */
import { z } from 'astro/zod';

/** The version of the exports' shape (not the framework's): raised when a field changes meaning or goes. */
export const EXPORT_SCHEMA_VERSION = 1;

const url = z
  .string()
  .min(1)
  .describe('A canonical URL: absolute when the site has an address, else root-relative with its base path.');

const words = z.object({
  text: z.string().describe('The words as a reader sees them, plain.'),
  html: z.string().describe('The words as HTML: emphasis, curled quotes and links kept.'),
});

const attribute = z.object({
  scale: z.string().describe("The scale's id."),
  title: z.string().describe("The scale's title."),
  value: z.string().describe("The item's value on it."),
});

const item = z.object({
  id: z.string().describe("The item's id: the fragment of its URL, never reused."),
  ...words.shape,
  subpoints: z.array(words).describe('Its sub-points, in order.'),
  attributes: z.array(attribute).describe("Its values on the framework's scales."),
  url: url.describe('Its canonical URL, the one to cite.'),
});

const section = z.object({
  kind: z.string().describe("The section's kind: key-behaviors, common-struggles…"),
  title: z.string(),
  url,
  items: z.array(item),
});

const levelHead = {
  id: z.string().describe("The level's id: its URL's segment."),
  title: z.string(),
  role: z.string().optional().describe("The level's one-line role, if the framework gives levels one."),
  url,
};

const head = {
  $schema: z.string().describe('The JSON Schema of this file.'),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION).describe("The version of this file's shape."),
  name: z.string().describe("The handbook's name."),
  version: z.string().optional().describe("The framework's version, when it declares one."),
};

/** `/framework.json`: competencies → levels → sections → items. */
export const frameworkExportSchema = z.object({
  ...head,
  competencies: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      levels: z.array(z.object({ ...levelHead, sections: z.array(section) })),
    }),
  ),
});

/** `/levels/<level>.json`: one level, its competencies → sections → items. */
export const levelExportSchema = z.object({
  ...head,
  level: z.object({
    ...levelHead,
    competencies: z.array(z.object({ id: z.string(), title: z.string(), sections: z.array(section) })),
  }),
});

export type FrameworkExport = z.infer<typeof frameworkExportSchema>;
export type LevelExport = z.infer<typeof levelExportSchema>;
export type ExportSection = z.infer<typeof section>;

/** The JSON Schema of each export, as published beside it. */
export function exportJsonSchemas(): { framework: Record<string, unknown>; level: Record<string, unknown> } {
  return {
    framework: {
      title: 'Handbook framework export (/framework.json)',
      ...z.toJSONSchema(frameworkExportSchema),
    },
    level: { title: 'Handbook level export (/levels/<level>.json)', ...z.toJSONSchema(levelExportSchema) },
  };
}
