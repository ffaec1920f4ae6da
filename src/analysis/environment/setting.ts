import type { CorsFile } from '../file-context';

export type EnvironmentSetting = 'browser' | 'server';

/**
 * The shared `settings.cors.environment` of the config that applies to the file (flat config
 * merges `settings` per `files` glob). `'auto'`, absent or anything else leaves the decision to
 * the evidence.
 */
export function environmentSetting(file: Pick<CorsFile, 'settings'>): EnvironmentSetting | undefined {
  const cors = file.settings['cors'];
  if (typeof cors !== 'object' || cors === null) return undefined;
  const value = (cors as Record<string, unknown>)['environment'];
  return value === 'browser' || value === 'server' ? value : undefined;
}
