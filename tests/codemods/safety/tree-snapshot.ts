/** Byte-and-metadata snapshots of a project tree, to prove what a codemod run did and did not touch. */
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';

export interface FileState {
  /** base64 of the bytes, or `-> target` for a symbolic link. */
  readonly content: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/** Every entry under `dir` except `.git` and `node_modules`, relative path → state. */
export function snapshotTree(dir: string): Map<string, FileState> {
  const states = new Map<string, FileState>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') walk(absolute);
        continue;
      }
      const info = lstatSync(absolute);
      const content = info.isSymbolicLink() ? `-> ${readlinkSync(absolute)}` : readFileSync(absolute).toString('base64');
      states.set(path.relative(dir, absolute).split(path.sep).join('/'), { content, mode: info.mode, uid: info.uid, gid: info.gid });
    }
  };
  walk(dir);
  return states;
}

export const textOf = (state: FileState | undefined) => Buffer.from(state?.content ?? '', 'base64').toString('utf8');

/** How a file ends its lines: only CRLF, only LF, both, or no line break at all. */
export function lineEndings(text: string): 'crlf' | 'lf' | 'mixed' | 'none' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  if (crlf && lf) return 'mixed';
  return crlf ? 'crlf' : lf ? 'lf' : 'none';
}

export const hasBom = (text: string) => text.startsWith('\uFEFF');
export const hasFinalNewline = (text: string) => text.endsWith('\n');

/** Throws with the parser's message when `text` is not valid JavaScript/TypeScript for its extension. */
export function assertParses(text: string, file: string): void {
  parse(text.replace(/^\uFEFF/, ''), { filePath: file, jsx: /\.[jt]sx$|\.m?js$|\.cjs$/.test(file), loc: true, range: true });
}
