import axios from 'axios';
import ky from 'ky';
import request from 'superagent';


export const api = axios.create({
  baseURL: 'https://api.example.com',
  headers: { Accept: 'application/json' },
});

export const items = () => ky.get('https://api.example.com/items', {}).json();

export function send(body: object) {
  return request.post('https://api.example.com/items').send(body);
}

export function legacy() {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://api.example.com/legacy');
  xhr.send();
}
