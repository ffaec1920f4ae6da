import type { TSESTree } from '@typescript-eslint/utils';
import type { HeaderWrite } from '../model/header-write';
import type { CorsFile } from './file-context';
import { findHeaderWrites } from './header-writes';
import { requestHeaderEntries } from './request-headers';
import { serverClientCalls } from './response-headers/server-clients';

const writesByProgram = new WeakMap<TSESTree.Program, readonly HeaderWrite[]>();

/**
 * The header writes a browser receives as response headers, in source order: not Next config
 * entries (the library-config analysis reads those), and not the headers of a request a client
 * sends (`fetch(url, { headers })`, an axios interceptor's `config.headers.set(...)`, undici).
 */
export function responseHeaderWrites(file: CorsFile): readonly HeaderWrite[] {
  let writes = writesByProgram.get(file.program);
  if (!writes) {
    const clientCalls = serverClientCalls(file);
    // A web `Headers` object may be a response's as well; every other client API sends a request.
    const requestValues = new Set(
      requestHeaderEntries(file)
        .filter((entry) => entry.client !== 'headers')
        .map((entry) => entry.value),
    );
    writes = findHeaderWrites(file).filter(
      (write) =>
        write.api !== 'nextConfig' && !(write.call && clientCalls.has(write.call)) && !(write.value && requestValues.has(write.value)),
    );
    writesByProgram.set(file.program, writes);
  }
  return writes;
}
