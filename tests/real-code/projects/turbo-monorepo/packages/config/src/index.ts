export const WEB_ORIGIN = process.env.WEB_ORIGIN ?? 'http://localhost:5173';

/** Origins allowed to call the API with credentials. */
export const corsOrigins: string[] = [WEB_ORIGIN, 'https://admin.acme.example'];
