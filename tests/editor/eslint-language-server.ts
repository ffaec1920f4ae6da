/**
 * A minimal LSP client for `vscode-eslint-language-server`, speaking JSON-RPC over stdio the way VS Code's ESLint
 * extension does: it answers the server's `workspace/configuration` with the extension's settings, pulls diagnostics
 * (`textDocument/diagnostic`), asks for code actions and applies the `workspace/applyEdit` the server sends back.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

const require = createRequire(import.meta.url);
const SERVER_BIN = path.join(
  path.dirname(require.resolve('vscode-langservers-extracted/package.json')),
  'bin',
  'vscode-eslint-language-server',
);

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  source?: string;
  severity?: number;
  /** The rule id; `codeDescription.href` is the rule's docs URL. */
  code?: string | number;
  codeDescription?: { href: string };
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  command?: { title: string; command: string; arguments?: unknown[] };
}

/** The settings VS Code's ESLint extension sends for a folder, with its defaults and `run: onType`. */
function settingsFor(folder: string) {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { directory: folder, '!cwd': false },
    workspaceFolder: { name: path.basename(folder), uri: pathToFileURL(folder).href },
  };
}

/** Applies LSP edits (zero-based lines and UTF-16 characters) to a text, last edit first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = (position: Position) => lineStarts[position.line]! + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

export class EslintLanguageClient {
  private readonly documents = new Map<string, { text: string; version: number }>();
  /** Error-level messages the server logged (`window/logMessage`, type 1), for failure reports. */
  readonly errors: string[] = [];

  private constructor(
    private readonly server: ChildProcessWithoutNullStreams,
    private readonly connection: MessageConnection,
  ) {}

  static async start(folder: string): Promise<EslintLanguageClient> {
    const server = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: folder });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const client = new EslintLanguageClient(server, connection);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settingsFor(folder)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/applyEdit', (params: { edit: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ textDocument: { uri: string }; edits: TextEdit[] }> } }) => {
      const changes = params.edit.documentChanges?.map((change) => [change.textDocument.uri, change.edits] as const) ??
        Object.entries(params.edit.changes ?? {});
      for (const [uri, edits] of changes) client.change(uri, applyEdits(client.text(uri), edits));
      return { applied: true };
    });
    // The extension's own requests (eslint/noLibrary, eslint/noConfig, eslint/probeFailed, ...) and status notifications.
    connection.onRequest((method: string) => {
      client.errors.push(`unexpected request ${method}`);
      return null;
    });
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) client.errors.push(params.message);
    });
    connection.onNotification(() => undefined);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ name: path.basename(folder), uri: pathToFileURL(folder).href }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll.eslint'] } } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  text(uri: string): string {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    return document.text;
  }

  async open(file: string, text: string, languageId: string): Promise<string> {
    const uri = pathToFileURL(file).href;
    this.documents.set(uri, { text, version: 1 });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  private change(uri: string, text: string): void {
    const document = this.documents.get(uri)!;
    document.text = text;
    document.version++;
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: [{ text }],
    });
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return report.items;
  }

  async codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  }

  /** Runs a code action's command; the server answers with a `workspace/applyEdit`, applied to the open text. */
  async run(action: CodeAction): Promise<void> {
    if (!action.command) throw new Error(`code action without a command: ${action.title}`);
    await this.connection.sendRequest('workspace/executeCommand', {
      command: action.command.command,
      arguments: action.command.arguments,
    });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.server.kill();
    }
  }
}
