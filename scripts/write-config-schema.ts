// Writes schemas/journey.config.schema.json from the rule catalog (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { configSchemaText } from '../language-server/rules/config-schema.js';

writeFileSync('schemas/journey.config.schema.json', configSchemaText());
console.log('wrote schemas/journey.config.schema.json');
