import { describe, expect, it } from 'vitest';
import { Project } from 'ts-morph';
import { allowlistDeclarationEdit, chooseAllowlistName, findAllowlistDeclaration } from '../../codemods/transforms/editing/allowlist';
import { applyEdits } from '../../codemods/transforms/editing/text-edits';

const OPTIONS = { allowOrigins: ['https://app.example.com'], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' };
const ENV_ENTRIES = "...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),";
const COMMENT = '// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.';

function sourceFile(text: string, filename = 'server.js') {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true } });
  return project.createSourceFile(`/${filename}`, text);
}

/**
 * Declares the allowlist the way the runner does: the name is chosen on the text before the
 * transform's edits, which then write it where `USE` stands.
 */
function declare(text: string, filename = 'server.js', options = OPTIONS): string {
  const name = chooseAllowlistName(sourceFile(text.replaceAll('USE', 'null'), filename), options.allowOriginsEnv);
  const used = text.replaceAll('USE', name);
  const edit = allowlistDeclarationEdit(sourceFile(used, filename), name, options, filename);
  return edit ? applyEdits(used, [edit]) : used;
}

const DECLARATION = [COMMENT, 'const allowedOrigins = new Set([', "  'https://app.example.com',", `  ${ENV_ENTRIES}`, ']);'].join('\n');

describe('allowlist declaration', () => {
  it('goes after the imports of an ES module', () => {
    const input = "import express from 'express';\nimport cors from 'cors';\n\nconst app = express();\napp.use(cors({ origin: [...USE] }));\n";
    expect(declare(input)).toBe(
      `import express from 'express';\nimport cors from 'cors';\n\n${DECLARATION}\n\nconst app = express();\napp.use(cors({ origin: [...allowedOrigins] }));\n`,
    );
  });

  it("goes after 'use strict' and plain requires in CommonJS, and copies double quotes and no semicolons", () => {
    const input = '"use strict"\nconst http = require("http")\nconst { Router } = require("express")\n\nmodule.exports = (origin) => USE.has(origin)\n';
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
        'module.exports = (origin) => allowedOrigins.has(origin)',
        '',
      ].join('\n'),
    );
  });

  it('stops before a require whose result is called, so the allowlist exists before that call runs', () => {
    expect(declare("const cors = require('cors')({ origin: [...USE] });\n")).toBe(
      `${DECLARATION}\n\nconst cors = require('cors')({ origin: [...allowedOrigins] });\n`,
    );
  });

  it('goes below a shebang line', () => {
    expect(declare("#!/usr/bin/env node\nrequire('cors')({ origin: [...USE] });\n")).toBe(
      `#!/usr/bin/env node\n${DECLARATION}\n\nrequire('cors')({ origin: [...allowedOrigins] });\n`,
    );
  });

  it('keeps a blank line after it when the prologue is followed directly by code', () => {
    expect(declare("const express = require('express');\nconst app = express();\napp.use(USE);\n")).toBe(
      `const express = require('express');\n\n${DECLARATION}\n\nconst app = express();\napp.use(allowedOrigins);\n`,
    );
  });

  it('types the Set in TypeScript files', () => {
    expect(declare("import type { Request } from 'express';\n\nexport const ok = (req: Request) => USE.has(req.get('origin') ?? '');\n", 'server.ts')).toContain(
      'const allowedOrigins: ReadonlySet<string> = new Set([',
    );
  });

  it('lists only the environment entries when no origin was given', () => {
    const output = declare("import cors from 'cors';\ncors({ origin: [...USE] });\n", 'server.js', { allowOrigins: [], allowOriginsEnv: 'ALLOWED' });
    expect(output).toContain("const allowedOrigins = new Set([\n  ...(process.env.ALLOWED ?? '')");
  });

  it('adds a semicolon when the next line would otherwise continue the expression', () => {
    expect(declare("import cors from 'cors'\n\n(async () => USE)()\n")).toContain('\n]);\n\n(async () => allowedOrigins)()\n');
  });

  it('keeps CRLF line endings', () => {
    expect(declare("import cors from 'cors';\r\n\r\ncors({ origin: [...USE] });\r\n")).toContain("'https://app.example.com',\r\n");
  });

  it('is reused on a second run instead of declared again', () => {
    const once = declare("import cors from 'cors';\ncors({ origin: [...USE] });\n");
    expect(findAllowlistDeclaration(sourceFile(once), 'CORS_ALLOWED_ORIGINS')).toBe('allowedOrigins');
    expect(declare(once)).toBe(once);
  });

  it('is not declared when nothing uses it', () => {
    expect(declare("import cors from 'cors';\n")).toBe("import cors from 'cors';\n");
  });

  it('picks another name when allowedOrigins already means something else', () => {
    const input = "import cors from 'cors';\nconst allowedOrigins = ['https://x.example'];\ncors({ origin: [...USE] });\n";
    expect(declare(input)).toContain('const corsAllowedOrigins = new Set([');
    expect(declare(input)).toContain('cors({ origin: [...corsAllowedOrigins] });');
  });
});
