// Run after a deploy: checks that a signed-in session still reaches the API.
const base = process.env.SMOKE_URL || 'http://localhost:3500';

async function main() {
  const response = await fetch(`${base}/users/me`, {
    headers: { Cookie: `jwt=${process.env.SMOKE_TOKEN}`, Origin: 'https://www.acme-shop.example' },
  });
  if (!response.ok) throw new Error(`smoke test failed: ${response.status}`);
}

main();
