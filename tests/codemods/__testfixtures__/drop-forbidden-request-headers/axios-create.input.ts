import axios from 'axios';

export const api = axios.create({
  baseURL: '/api',
  withCredentials: true,
  headers: {
    common: { Origin: 'https://app.example.com' },
    post: { 'Content-Type': 'application/json', Cookie: 'session=1' },
  },
});

export const uploads = axios.create({
  baseURL: '/uploads',
  headers: { 'Content-Length': '0' },
});

export function me() {
  return api.get('/me', { headers: { 'X-Client': 'web', Referer: location.href } });
}
