import { createClient } from '@acme/api-client';

export const api = createClient({ baseUrl: import.meta.env.VITE_API_URL });

export async function whoAmI() {
  const response = await fetch(`${import.meta.env.VITE_API_URL}/me`, {
    credentials: 'include',
    headers: { 'X-Requested-With': 'fetch' },
  });
  return response.json();
}
