import type { FrameworkTable } from '../../src/frameworks';

/**
 * One library's side of the conformance suite: it starts the real library (a server on loopback,
 * or its real handler called in-process where it has no server) with the options the suite builds
 * from the table, and reports the CORS headers a request receives.
 */
export interface LibraryDriver {
  /** The table this driver proves; the suite fails for any table without a driver. */
  readonly table: FrameworkTable;
  /** The installed version, read from the library's own package.json. */
  readonly version: string;
  /**
   * Starts the library configured with `options` (keyed by the table's own option names), or with
   * no CORS options at all when `options` is `undefined` (the table's `whenAbsent` / defaults row).
   */
  start(options: Readonly<Record<string, unknown>> | undefined): Promise<ConformanceTarget>;
}

export interface ConformanceTarget {
  /** A simple GET, or a preflight (`OPTIONS` with `Access-Control-Request-Method: PUT`), with or without `Origin`. */
  send(request: ConformanceRequest): Promise<ReceivedCors>;
  close(): Promise<void>;
}

export interface ConformanceRequest {
  readonly origin?: string;
  readonly preflight: boolean;
}

/** The headers the browser's CORS check reads; `null` when absent, several lines joined with `, `. */
export interface ReceivedCors {
  readonly allowOrigin: string | null;
  readonly allowCredentials: string | null;
  readonly vary: string | null;
}
