/** `npm run schemas`: writes the content schemas as JSON Schema into src/schemas/json/. */
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonSchemaFile, jsonSchemas, jsonSchemaText } from '../schemas/json-schemas';

/** The project's root: this file is src/cli/ in it. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(repoRoot, jsonSchemaFile(name as keyof ReturnType<typeof jsonSchemas>));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, jsonSchemaText(schema));
  console.log(`wrote ${file.replace(repoRoot, '')}`);
}
