// Nothing forbidden here: every header is one a page may set.
import axios from 'axios';

export function load(token: string) {
  return fetch('/api', {
    headers: { Authorization: `Bearer ${token}`, 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' },
  });
}

export const api = axios.create({ headers: { common: { 'X-HTTP-Method-Override': 'PATCH' } } });
const cache = new Map<string, string>();
cache.set('Origin', 'https://app.example.com');
