import path from 'node:path';
import { decided, type EnvironmentDecision } from './decision';
import { nearestPackage } from './package-json';
import { FRONTEND_BUILD_TOOLS, FRONTEND_PACKAGES, FULL_STACK_FRAMEWORKS, NEXT_SERVER_FILE, SERVER_PACKAGES, firstMatch } from './package-signals';

/**
 * What the file's nearest package.json says. Server packages and no front-end ones: server.
 * Otherwise a `browser` field, front-end libraries or a front-end build tool, without server
 * packages: browser. Both kinds, or a full-stack framework (Next.js, Nuxt, Remix, SvelteKit, ...),
 * say nothing, except that Next.js route handlers, API routes and middleware run on the server.
 */
export function packageEnvironment(dir: string, filename: string): EnvironmentDecision | undefined {
  const manifest = nearestPackage(dir);
  if (!manifest) return undefined;
  const server = firstMatch(SERVER_PACKAGES, manifest.runtime);
  const frontend = firstMatch(FRONTEND_PACKAGES, manifest.all);
  if (server && !frontend) return decided('server', 'package', `package.json depends on ${server}`);
  if (manifest.runtime.has('next')) {
    const relative = path.relative(manifest.dir, filename).split(path.sep).join('/');
    if (NEXT_SERVER_FILE.test(relative)) return decided('server', 'package', 'a Next.js route handler');
  }
  if (server || firstMatch(FULL_STACK_FRAMEWORKS, manifest.all)) return undefined;
  if (manifest.hasBrowserField) return decided('browser', 'package', 'package.json has a "browser" field');
  if (frontend) return decided('browser', 'package', `package.json depends on ${frontend}`);
  const tool = firstMatch(FRONTEND_BUILD_TOOLS, manifest.all);
  if (tool) return decided('browser', 'package', `package.json builds with ${tool}`);
  return undefined;
}

/** Whether the nearest package depends on a server package at all (full-stack packages included). */
export function isServerPackage(dir: string): boolean {
  const manifest = nearestPackage(dir);
  return manifest !== undefined && firstMatch(SERVER_PACKAGES, manifest.runtime) !== undefined;
}
