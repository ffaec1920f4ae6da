import { describe, expect, it } from 'vitest';
import { Project } from 'ts-morph';
import { reviewCommentEdits, reviewMarkers, type ReviewAnchor } from '../../codemods/transforms/editing/review-comment';
import { applyEdits } from '../../codemods/transforms/editing/text-edits';

function comment(text: string, anchors: (text: string) => ReviewAnchor[]): string {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true } });
  const file = project.createSourceFile('/server.js', text);
  return applyEdits(text, reviewCommentEdits(file, anchors(text)));
}

const at = (needle: string, reason: string) => (text: string) => [{ offset: text.indexOf(needle), reason }];

describe('review comments', () => {
  it('go above the statement that holds the site, with its indentation', () => {
    const input = 'app.use((req, res, next) => {\n  res.setHeader(name, req.headers.origin);\n  next();\n});\n';
    expect(comment(input, at('req.headers.origin', 'dynamic header name'))).toBe(
      'app.use((req, res, next) => {\n  // cors-codemod: review: dynamic header name\n  res.setHeader(name, req.headers.origin);\n  next();\n});\n',
    );
  });

  it('are added once: a second run finds the same comment and adds nothing', () => {
    const input = 'if (ok) {\n  allow(origin);\n}\n';
    const once = comment(input, at('origin', 'the decision lives in another module'));
    expect(comment(once, at('allow(origin)', 'the decision lives in another module'))).toBe(once);
  });

  it('appear once per statement and reason, even when several sites share them', () => {
    const input = 'res.writeHead(200, { a: origin, b: origin });\n';
    const output = comment(input, (text) => [
      { offset: text.indexOf('origin'), reason: 'same' },
      { offset: text.lastIndexOf('origin'), reason: 'same' },
      { offset: text.lastIndexOf('origin'), reason: 'other' },
    ]);
    expect(output).toBe('// cors-codemod: review: same\n// cors-codemod: review: other\nres.writeHead(200, { a: origin, b: origin });\n');
  });

  it('climb to a statement that starts its line, never splitting a one-line block', () => {
    const input = 'if (ok) { res.set(h, origin); }\n';
    expect(comment(input, at('origin', 'why'))).toBe('// cors-codemod: review: why\nif (ok) { res.set(h, origin); }\n');
  });

  it('keep the reason on one line', () => {
    expect(comment('x(origin);\n', at('origin', 'line one\nline two'))).toBe('// cors-codemod: review: line one line two\nx(origin);\n');
  });

  it('keep CRLF line endings', () => {
    expect(comment('a();\r\nx(origin);\r\n', at('origin', 'why'))).toBe('a();\r\n// cors-codemod: review: why\r\nx(origin);\r\n');
  });
});

describe('reviewMarkers', () => {
  it('lists every full-line review comment with its line, whoever added it', () => {
    const text = 'a();\r\n  // cors-codemod: review: first  \r\nb();\r\nconst s = "// cors-codemod: review: in a string";\r\n// cors-codemod: review: second\r\n';
    expect(reviewMarkers(text)).toEqual([
      { line: 2, reason: 'first' },
      { line: 5, reason: 'second' },
    ]);
  });
});
