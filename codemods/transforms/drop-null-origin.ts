import type { Transform } from './transform';

/**
 * Removes `'null'` from origin allowlists (arrays, Sets, library `origin` lists). Any page can send
 * `Origin: null` from a sandboxed iframe, so the entry only ever lets attackers in. The edits are
 * the rule's own suggestion, so the editor fix and the codemod agree to the character.
 */
export const transform: Transform<'drop-null-origin'> = {
  id: 'drop-null-origin',
  title: "Remove 'null' from origin allowlists",
  apply: (_sourceFile, repairs) => repairs.flatMap((repair) => repair.edits),
};
