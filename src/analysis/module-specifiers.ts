/**
 * Deno and Bun spell one package several ways: `npm:cors@2.8.5`, `jsr:@oak/oak@17/router`,
 * `https://deno.land/x/cors@v1.2.2/mod.ts`. Each names the same module as its unversioned form
 * (`cors`, `@oak/oak/router`, `https://deno.land/x/cors/mod.ts`), which is how tables name it.
 */
const REGISTRY_PREFIX = /^(?:npm|jsr):/;
const DENO_LAND = /^(https:\/\/deno\.land\/x\/[^/@]+)@[^/]*(\/.*)?$/;

/** The unversioned name of a module specifier; other specifiers come back as they are. */
export function canonicalSpecifier(specifier: string): string {
  const denoLand = DENO_LAND.exec(specifier);
  if (denoLand) return `${denoLand[1]}${denoLand[2] ?? ''}`;
  if (!REGISTRY_PREFIX.test(specifier)) return specifier;
  const name = specifier.replace(REGISTRY_PREFIX, '').replace(/^\//, '');
  // `@scope/name@version/sub` or `name@version/sub`: drop the version only.
  const scoped = name.startsWith('@');
  const versionAt = name.indexOf('@', scoped ? 1 : 0);
  if (versionAt === -1) return name;
  const subpathAt = name.indexOf('/', versionAt);
  return name.slice(0, versionAt) + (subpathAt === -1 ? '' : name.slice(subpathAt));
}
