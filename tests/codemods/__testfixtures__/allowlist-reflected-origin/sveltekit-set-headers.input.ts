import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request, setHeaders }) => {
  setHeaders({
    'Access-Control-Allow-Origin': request.headers.get('origin') ?? '',
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  });
  return json({ ok: true });
};
