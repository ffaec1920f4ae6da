import axios from 'axios';

export async function save(item: { id: string }) {
  await axios.post(`/api/items/${item.id}`, item, {
    withCredentials: true,
    headers: { 'Content-Type': 'application/json', Origin: 'https://app.example.com' },
  });
  await axios({ url: '/api/audit', method: 'post', headers: { Cookie: 'session=1' } });
  return axios.get('/api/items', { params: { page: 1 }, headers: { 'Keep-Alive': 'timeout=5' } });
}
