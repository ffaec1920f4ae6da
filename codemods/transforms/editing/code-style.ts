/** The few habits of a file that inserted code should copy. */
export interface CodeStyle {
  readonly eol: '\n' | '\r\n';
  readonly quote: "'" | '"';
  readonly semicolons: boolean;
  readonly indent: string;
}

/**
 * Reads the style from the text itself: the first quoted module specifier or string, whether
 * statements end in `;`, the first indented line. Defaults follow the common Prettier style.
 */
export function detectCodeStyle(text: string): CodeStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const quoteMatch = /(?:from|require\(|import\(|^import)\s*(['"])/m.exec(text) ?? /(?:[=(,:]\s*)(['"])/.exec(text);
  const quote = quoteMatch?.[1] === '"' ? '"' : "'";
  const lines = text.split(/\r?\n/);
  const statementEnds = lines.filter((line) => /^(?:import|const|let|var|export)\b/.test(line) && !/[{([,]\s*$/.test(line));
  const withSemicolon = statementEnds.filter((line) => /;\s*(?:\/\/.*)?$/.test(line)).length;
  const semicolons = statementEnds.length === 0 || withSemicolon * 2 >= statementEnds.length;
  const indented = lines.find((line) => /^[ \t]+\S/.test(line) && !/^\s*\*/.test(line));
  const leading = indented ? /^[ \t]+/.exec(indented)![0] : '  ';
  const indent = leading.startsWith('\t') ? '\t' : leading.length >= 4 ? '    ' : '  ';
  return { eol, quote, semicolons, indent };
}

/** A string literal in the file's quote style. */
export function quoted(value: string, style: CodeStyle): string {
  const escaped = value.replaceAll('\\', '\\\\').replaceAll(style.quote, `\\${style.quote}`);
  return `${style.quote}${escaped}${style.quote}`;
}
