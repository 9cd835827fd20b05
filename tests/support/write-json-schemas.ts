/** `npm run schemas`: writes the content schemas as JSON Schema into src/schemas/json/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonSchemaFile, jsonSchemas, jsonSchemaText } from '../../src/schemas/json-schemas';
import { repoRoot } from './sites';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(repoRoot, jsonSchemaFile(name as keyof ReturnType<typeof jsonSchemas>));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, jsonSchemaText(schema));
  console.log(`wrote ${file.replace(repoRoot, '')}`);
}
