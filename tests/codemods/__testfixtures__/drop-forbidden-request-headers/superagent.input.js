const request = require('superagent');

function load() {
  return request
    .get('/api/items')
    .set('Accept', 'application/json')
    .set('Origin', 'https://app.example.com')
    .withCredentials();
}

function save(item) {
  const req = request.post('/api/items').send(item);
  req.set('Cookie', document.cookie);
  return req.set({ Host: 'api.example.com' });
}

function audit() {
  return request.post('/api/audit').set({ 'X-Client': 'web', Referer: location.href });
}

module.exports = { load, save, audit };
