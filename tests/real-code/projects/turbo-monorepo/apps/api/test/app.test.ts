import { describe, expect, it } from 'vitest';
import { app } from '../src/app';

describe('CORS', () => {
  it('answers the web origin with credentials', async () => {
    const server = app.listen(0);
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/status`, {
      headers: new Headers({ Origin: 'http://localhost:5173', Cookie: 'sid=test' }),
    });
    server.close();
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});
