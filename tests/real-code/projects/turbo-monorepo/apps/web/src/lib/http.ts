import axios from 'axios';

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  withCredentials: true,
});

http.interceptors.request.use((config) => {
  config.headers['Origin'] = import.meta.env.VITE_PUBLIC_ORIGIN;
  return config;
});
