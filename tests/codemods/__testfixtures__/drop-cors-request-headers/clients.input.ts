import axios from 'axios';
import ky from 'ky';
import request from 'superagent';

axios.defaults.headers.common['Access-Control-Allow-Origin'] = '*';

export const api = axios.create({
  baseURL: 'https://api.example.com',
  headers: { common: { 'Access-Control-Allow-Methods': 'GET, POST' }, Accept: 'application/json' },
});

export const items = () => ky.get('https://api.example.com/items', { headers: { 'Access-Control-Expose-Headers': 'X-Total' } }).json();

export function send(body: object) {
  return request.post('https://api.example.com/items').set('Access-Control-Allow-Origin', '*').send(body);
}

export function legacy() {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://api.example.com/legacy');
  xhr.setRequestHeader('Access-Control-Allow-Origin', '*');
  xhr.send();
}
