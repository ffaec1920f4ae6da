import axios from 'axios';

axios.defaults.withCredentials = true;
axios.defaults.headers.common['Authorization'] = 'Bearer token';
axios.defaults.headers.common['Origin'] = window.location.origin;
axios.defaults.headers.post.Cookie = document.cookie;

const api = axios.create();
api.defaults.headers.common['Host'] = 'api.example.com';

api.interceptors.request.use((config) => {
  config.headers['X-Request-Id'] = crypto.randomUUID();
  config.headers['Sec-Fetch-Mode'] = 'cors';
  config.headers.set('Referer', location.href);
  return config;
});

export default api;
