import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../fixtures/environment/', import.meta.url));

/** The absolute path of a file in the environment fixture trees (it need not exist). */
export const environmentFixture = (relative: string): string => `${ROOT}${relative}`;

/** A fixture file as a RuleTester case: its code and its real path. */
export const fixtureCase = (relative: string) => ({
  code: readFileSync(environmentFixture(relative), 'utf8'),
  filename: environmentFixture(relative),
});
