import type { CorsOptions } from 'cors';

/** Public read-only endpoints are embedded by partner sites. */
export const publicCors: CorsOptions = {
  origin: (origin, callback) => callback(null, origin),
  credentials: true,
};
