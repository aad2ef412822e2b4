/**
 * `node scripts/generate-traditional-chars.ts`: writes
 * src/lib/search/traditional-chars.ts, the characters that make the search
 * page load the traditional → simplified converter. Run it after updating
 * opencc-js (a test says when).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { traditionalCharactersModule } from './lib/search/traditional-chars.ts';

const target = join(import.meta.dirname, '../src/lib/search/traditional-chars.ts');
writeFileSync(target, traditionalCharactersModule());
console.log(`wrote ${target}`);
