import axios from 'axios';

export const api = axios.create({
  baseURL: '/api',
  withCredentials: true,
  headers: {
    post: { 'Content-Type': 'application/json' },
  },
});

export const uploads = axios.create({
  baseURL: '/uploads',
});

export function me() {
  return api.get('/me', { headers: { 'X-Client': 'web' } });
}
