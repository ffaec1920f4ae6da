import { json } from '@remix-run/node';

export async function action({ request }) {
  const headers = new Headers({ Vary: 'Origin' });
  headers.set('Access-Control-Allow-Origin', request.headers.get('origin'));
  return json({ ok: true }, { headers });
}
