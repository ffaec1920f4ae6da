import type { CorsFile } from '../file-context';
import { codeEnvironment } from './code-evidence';
import { globalsEnvironment } from './configured-globals';
import { declaredEnvironment } from './declarations';
import { UNKNOWN, decided, type EnvironmentDecision } from './decision';
import { directoryOf } from './file-system';
import { packageEnvironment } from './package-evidence';
import { environmentSetting } from './setting';
import { testFileEnvironment } from './test-files';
import path from 'node:path';

export type { Environment, EnvironmentDecision, EvidenceKind } from './decision';

const decisions = new WeakMap<object, EnvironmentDecision>();

/**
 * Where the file's code runs, from the first evidence that decides:
 * 1. `settings.cors.environment` (`'browser'` yields only to a server declaration, which bundlers enforce);
 * 2. the file's declarations, then the config's `languageOptions.globals`;
 * 3. the nearest package.json;
 * 4. a test file without a DOM environment runs in Node;
 * 5. the file's imports, globals and request URLs.
 * Decided once per file and shared by every rule.
 */
export function decideEnvironment(file: CorsFile): EnvironmentDecision {
  let decision = decisions.get(file.program);
  if (!decision) {
    decision = decide(file);
    decisions.set(file.program, decision);
  }
  return decision;
}

function decide(file: CorsFile): EnvironmentDecision {
  const setting = environmentSetting(file);
  const declared = declaredEnvironment(file);
  if (setting === 'server') return decided('server', 'setting', 'settings.cors.environment is "server"');
  if (setting === 'browser')
    return declared?.environment === 'server' ? declared : decided('browser', 'setting', 'settings.cors.environment is "browser"');
  if (declared) return declared;
  const globals = globalsEnvironment(file.configuredGlobals);
  if (globals !== 'unknown') return decided(globals, 'globals', `languageOptions.globals are ${globals === 'browser' ? 'browser' : 'Node'} globals`);
  const dir = directoryOf(file.physicalFilename);
  if (dir !== undefined) {
    const absolute = path.join(dir, path.basename(file.physicalFilename));
    const fromPackage = packageEnvironment(dir, absolute);
    if (fromPackage) return fromPackage;
    const fromTest = testFileEnvironment(file, dir, absolute);
    if (fromTest) return fromTest;
  }
  return codeEnvironment(file) ?? UNKNOWN;
}
