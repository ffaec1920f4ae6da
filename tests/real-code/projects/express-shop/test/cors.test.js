const test = require('node:test');
const assert = require('node:assert');

test('the API allows the storefront with credentials', async () => {
  const response = await fetch('http://localhost:3500/users/me', {
    headers: { Origin: 'https://www.acme-shop.example', Cookie: 'jwt=test' },
  });
  assert.strictEqual(response.headers.get('access-control-allow-credentials'), 'true');
});
