import { registerAs } from '@nestjs/config';

/** CORS_ORIGINS is a comma-separated list of the front ends' origins. */
export default registerAs('cors', () => ({
  origins: (process.env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
  isDev: process.env.NODE_ENV !== 'production',
}));
