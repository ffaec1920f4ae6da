import { describe, expect, it } from 'vitest';
import { Project } from 'ts-morph';
import { allowlistDeclarationEdit, chooseAllowlistName, findAllowlistDeclaration } from '../../codemods/allowlist';
import { applyEdits } from '../../codemods/text-edits';

const OPTIONS = { allowOrigins: ['https://app.example.com'], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' };
const ENV_ENTRIES = "...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),";
const COMMENT = '// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.';

function sourceFile(text: string, filename = 'server.js') {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true } });
  return project.createSourceFile(`/${filename}`, text);
}

function declare(text: string, filename = 'server.js', options = OPTIONS): string {
  const file = sourceFile(text, filename);
  const name = chooseAllowlistName(file, options.allowOriginsEnv);
  const edit = allowlistDeclarationEdit(file, name, options, filename);
  return edit ? applyEdits(text, [edit]) : text;
}

describe('allowlist declaration', () => {
  it('goes after the imports of an ES module', () => {
    const input = "import express from 'express';\nimport cors from 'cors';\n\nconst app = express();\n";
    expect(declare(input)).toBe(
      [
        "import express from 'express';",
        "import cors from 'cors';",
        '',
        COMMENT,
        'const allowedOrigins = new Set([',
        "  'https://app.example.com',",
        `  ${ENV_ENTRIES}`,
        ']);',
        '',
        'const app = express();',
        '',
      ].join('\n'),
    );
  });

  it("goes after 'use strict' and plain requires in CommonJS, and copies double quotes and no semicolons", () => {
    const input = '"use strict"\nconst http = require("http")\nconst { Router } = require("express")\n\nmodule.exports = http\n';
    expect(declare(input)).toBe(
      [
        '"use strict"',
        'const http = require("http")',
        'const { Router } = require("express")',
        '',
        COMMENT,
        'const allowedOrigins = new Set([',
        '  "https://app.example.com",',
        `  ${ENV_ENTRIES.replaceAll("'", '"')}`,
        '])',
        '',
        'module.exports = http',
        '',
      ].join('\n'),
    );
  });

  it('stops before a require whose result is called, so the allowlist exists before that call runs', () => {
    const output = declare("const cors = require('cors')({ origin: true });\n");
    expect(output.indexOf('const allowedOrigins')).toBe(COMMENT.length + 1);
  });

  it('types the Set in TypeScript files', () => {
    expect(declare("import type { Request } from 'express';\n\nexport {};\n", 'server.ts')).toContain(
      'const allowedOrigins: ReadonlySet<string> = new Set([',
    );
  });

  it('lists only the environment entries when no origin was given', () => {
    const output = declare("import cors from 'cors';\n", 'server.js', { allowOrigins: [], allowOriginsEnv: 'ALLOWED' });
    expect(output).toContain("const allowedOrigins = new Set([\n  ...(process.env.ALLOWED ?? '')");
  });

  it('adds a semicolon when the next line would otherwise continue the expression', () => {
    const output = declare("import cors from 'cors'\n\n;(async () => {})()\n".replace('\n;', '\n'));
    expect(output).toContain('\n]);\n');
  });

  it('is reused on a second run instead of declared again', () => {
    const once = declare("import cors from 'cors';\n");
    expect(findAllowlistDeclaration(sourceFile(once), 'CORS_ALLOWED_ORIGINS')).toBe('allowedOrigins');
    expect(declare(once)).toBe(once);
  });

  it('picks another name when allowedOrigins already means something else', () => {
    const file = sourceFile("import cors from 'cors';\nconst allowedOrigins = ['https://x.example'];\n");
    expect(chooseAllowlistName(file, 'CORS_ALLOWED_ORIGINS')).toBe('corsAllowedOrigins');
  });

  it('keeps CRLF line endings', () => {
    expect(declare("import cors from 'cors';\r\n\r\nexport {};\r\n")).toContain("'https://app.example.com',\r\n");
  });
});

describe('allowlist placement', () => {
  it('keeps a blank line after the declaration when the prologue is followed directly by code', () => {
    const output = declare("const express = require('express');\nconst app = express();\n");
    expect(output).toBe(`const express = require('express');\n\n${COMMENT}\nconst allowedOrigins = new Set([\n  'https://app.example.com',\n  ${ENV_ENTRIES}\n]);\n\nconst app = express();\n`);
  });

  it('ends a file that has only a prologue with the declaration', () => {
    expect(declare("import cors from 'cors';\n")).toBe(`import cors from 'cors';\n\n${COMMENT}\nconst allowedOrigins = new Set([\n  'https://app.example.com',\n  ${ENV_ENTRIES}\n]);\n`);
  });
});
