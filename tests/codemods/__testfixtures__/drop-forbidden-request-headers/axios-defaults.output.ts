import axios from 'axios';

axios.defaults.withCredentials = true;
axios.defaults.headers.common['Authorization'] = 'Bearer token';

const api = axios.create();

api.interceptors.request.use((config) => {
  config.headers['X-Request-Id'] = crypto.randomUUID();
  return config;
});

export default api;
