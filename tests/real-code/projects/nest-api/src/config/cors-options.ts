import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';

export const allowAllCors: CorsOptions = {
  origin: (origin, callback) => callback(null, origin || ''),
  credentials: true,
};

export function allowlistCors(origins: readonly string[]): CorsOptions {
  return {
    origin: (origin, callback) => {
      if (!origin || origins.includes(origin)) return callback(null, true);
      return callback(new Error(`Origin ${origin} is not allowed`), false);
    },
    credentials: true,
  };
}
