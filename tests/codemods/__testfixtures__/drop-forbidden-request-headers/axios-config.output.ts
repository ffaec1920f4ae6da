import axios from 'axios';

export async function save(item: { id: string }) {
  await axios.post(`/api/items/${item.id}`, item, {
    withCredentials: true,
    headers: { 'Content-Type': 'application/json' },
  });
  await axios({ url: '/api/audit', method: 'post' });
  return axios.get('/api/items', { params: { page: 1 } });
}
