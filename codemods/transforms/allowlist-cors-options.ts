import { Node, type ObjectLiteralElementLike, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import type { TextEdit } from '../../src/model/finding';
import type { AllowlistCorsOptionsRepair } from '../../src/model/repair';
import type { AllowlistForm } from '../../src/frameworks/types';
import { detectCodeStyle, quoted, type CodeStyle } from './editing/code-style';
import type { Transform, TransformContext } from './transform';
import { indentationOf, nodeAt } from './editing/morph-nodes';

const TYPED_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);

/** What the rewrite needs besides the repair: the allowlist's name and how to write code here. */
interface Writer {
  readonly allowlist: string;
  readonly style: CodeStyle;
  /** Parameters need types: a TypeScript file, and options the library's types do not reach. */
  readonly annotate: boolean;
  readonly text: string;
}

/**
 * The allowlist in each library's own terms; see `AllowlistForm` in src/frameworks/types.ts. Every
 * value checks one module-level `Set` at request time or copies it at startup, and none of them is
 * reported again by the analysis (so a second run changes nothing).
 */
const ORIGIN_VALUES: Readonly<Record<Exclude<AllowlistForm, 'none' | 'yoga-factory'>, (w: Writer) => string>> = {
  // The libraries compare array entries with `===`; the Set is built at startup, so a copy is current.
  array: (w) => `[...${w.allowlist}]`,
  // hono sends whatever the function returns; `null` sends no Allow-Origin.
  'return-origin': (w) => `(origin${w.annotate ? ': string' : ''}) => (${w.allowlist}.has(origin) ? origin : null)`,
  // The Koa family sends the returned string; an empty one skips CORS for the request.
  'koa-context': (w) => {
    const origin = `ctx.get(${quoted('Origin', w.style)})`;
    return `(ctx${w.annotate ? ': { get(field: string): string }' : ''}) => (${w.allowlist}.has(${origin}) ? ${origin} : ${quoted('', w.style)})`;
  },
};

export const transform: Transform<'allowlist-cors-options'> = {
  id: 'allowlist-cors-options',
  title: 'Rewrite CORS library options that allow every origin into an exact origin allowlist',
  apply(sourceFile, repairs, context) {
    const text = sourceFile.getFullText();
    const style = detectCodeStyle(text);
    const edits: TextEdit[] = [];
    const done = new Set<string>();
    for (const repair of repairs) {
      const key = repair.targetRange.join(':');
      if (done.has(key)) continue;
      done.add(key);
      const writer: Writer = {
        allowlist: context.useAllowlist(),
        style,
        annotate: TYPED_EXTENSIONS.has(sourceFile.getExtension()) && repair.details?.contextual !== 'true',
        text,
      };
      const repairEdits = editsFor(sourceFile, repair, writer);
      if (repairEdits) edits.push(...repairEdits);
      else review(context, repair);
    }
    return edits;
  },
};

function review(context: TransformContext, repair: AllowlistCorsOptionsRepair): void {
  context.review(repair.targetRange, `set the ${repair.library} origin option to an exact allowlist`);
}

function editsFor(sourceFile: SourceFile, repair: AllowlistCorsOptionsRepair, writer: Writer): TextEdit[] | undefined {
  const details = repair.details ?? {};
  const form = details.form as AllowlistForm | undefined;
  const key = details.key;
  const target = nodeAt(sourceFile, repair.targetRange);
  if (!form || form === 'none' || !key || !target) return undefined;
  const options = (others: readonly string[] = []) => optionsText(form, key, others, writer, target);
  switch (details.action) {
    case 'set-origin':
      return Node.isObjectLiteralExpression(target) ? setOrigin(target, form, key, (details.removeKeys ?? '').split(',').filter(Boolean), writer) : undefined;
    case 'add-options':
      return Node.isObjectLiteralExpression(target) && details.optionsKey ? [appendProperty(target, `${details.optionsKey}: ${options()}`, writer)] : undefined;
    case 'replace-options':
      return [{ range: repair.targetRange, text: options() }];
    case 'add-argument':
      return Node.isCallExpression(target) || Node.isNewExpression(target)
        ? addArgument(target, Number(details.index), wrapInPath(options(), details.path ?? ''), writer)
        : undefined;
    default:
      return undefined;
  }
}

/** Options that hold only the allowlist (plus `others`, the options kept from the original). */
function optionsText(form: AllowlistForm, key: string, others: readonly string[], writer: Writer, at: Node): string {
  if (form === 'yoga-factory') return yogaFactory(others, writer, at);
  const value = ORIGIN_VALUES[form as keyof typeof ORIGIN_VALUES](writer);
  return `{ ${[...others, `${key}: ${value}`].join(', ')} }`;
}

/**
 * graphql-yoga answers `null` when a list misses, so the allowlist is a per-request options factory:
 * the origin is the only option for a listed request, and a `false` disables CORS for the others.
 */
function yogaFactory(others: readonly string[], writer: Writer, at: Node): string {
  const { style, allowlist } = writer;
  const indent = indentationOf(writer.text, at.getStart());
  const semi = style.semicolons ? ';' : '';
  const options = `{ ${[...others, 'origin'].join(', ')} }`;
  return [
    `(request${writer.annotate ? ': Request' : ''}) => {`,
    `${indent}${style.indent}const origin = request.headers.get(${quoted('origin', style)})${semi}`,
    `${indent}${style.indent}return origin !== null && ${allowlist}.has(origin) ? ${options} : false${semi}`,
    `${indent}}`,
  ].join(style.eol);
}

/** `{ cors: { origin } }` for a path of `cors`; the options themselves for an empty path. */
function wrapInPath(options: string, path: string): string {
  return path
    .split('.')
    .filter(Boolean)
    .reduceRight((inner, key) => `{ ${key}: ${inner} }`, options);
}

/** Replaces the origin option (or adds it last, after any spread it must override) and drops the keys it supersedes. */
function setOrigin(object: ObjectLiteralExpression, form: AllowlistForm, key: string, removeKeys: readonly string[], writer: Writer): TextEdit[] {
  const properties = object.getProperties();
  const originKeys = new Set([key, ...removeKeys]);
  if (form === 'yoga-factory') {
    const others = properties.filter((property) => !originKeys.has(nameOf(property) ?? '')).map((property) => property.getText());
    return [{ range: [object.getStart(), object.getEnd()], text: yogaFactory(others, writer, object) }];
  }
  const assignment = `${key}: ${ORIGIN_VALUES[form as keyof typeof ORIGIN_VALUES](writer)}`;
  const origins = properties.filter((property) => originKeys.has(nameOf(property) ?? ''));
  const replaced = origins.find((property) => nameOf(property) === key) ?? origins[0];
  const edits = origins.filter((property) => property !== replaced).map((property) => removeProperty(property, writer.text));
  edits.push(replaced ? { range: [replaced.getStart(), replaced.getEnd()], text: assignment } : appendProperty(object, assignment, writer));
  return edits;
}

function nameOf(property: ObjectLiteralElementLike): string | undefined {
  if (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) || Node.isMethodDeclaration(property)) {
    const name = property.getNameNode();
    if (Node.isIdentifier(name)) return name.getText();
    if (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) return name.getLiteralText();
  }
  return undefined;
}

/** Adds a property after the last one, keeping the object's layout (one line or one per line, trailing comma). */
function appendProperty(object: ObjectLiteralExpression, property: string, writer: Writer): TextEdit {
  const last = object.getProperties().at(-1);
  if (!last) return { range: [object.getStart(), object.getEnd()], text: `{ ${property} }` };
  const between = writer.text.slice(last.getEnd(), object.getEnd() - 1);
  const comma = between.indexOf(',');
  if (!object.getText().includes('\n')) return { range: [last.getEnd(), last.getEnd()], text: `, ${property}` };
  const indent = indentationOf(writer.text, last.getStart());
  if (comma !== -1) {
    const at = last.getEnd() + comma + 1;
    return { range: [at, at], text: `${writer.style.eol}${indent}${property},` };
  }
  return { range: [last.getEnd(), last.getEnd()], text: `,${writer.style.eol}${indent}${property}` };
}

/** Removes a property with its comma, and its line when it was alone on it. */
function removeProperty(property: ObjectLiteralElementLike, text: string): TextEdit {
  let start = property.getStart();
  let end = property.getEnd();
  const comma = /^\s*,/.exec(text.slice(end));
  if (comma) end += comma[0].length;
  else {
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (text.slice(lineStart, start).trim() === '' && lineEnd !== -1 && text.slice(end, lineEnd).trim() === '') return { range: [lineStart, lineEnd + 1], text: '' };
  return { range: [start, end + (/^ /.test(text.slice(end)) ? 1 : 0)], text: '' };
}

/** `cors()` → `cors({ origin })`; `NextCors(req, res)` → `NextCors(req, res, { origin })`. */
function addArgument(call: Node & { getArguments(): Node[] }, index: number, argument: string, writer: Writer): TextEdit[] | undefined {
  const args = call.getArguments();
  if (args.length !== index) return undefined;
  const last = args.at(-1);
  if (last) return [{ range: [last.getEnd(), last.getEnd()], text: `, ${argument}` }];
  const closing = writer.text.lastIndexOf(')', call.getEnd() - 1);
  return closing > call.getStart() ? [{ range: [closing, closing], text: argument }] : undefined;
}


