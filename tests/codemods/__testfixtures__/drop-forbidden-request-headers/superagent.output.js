const request = require('superagent');

function load() {
  return request
    .get('/api/items')
    .set('Accept', 'application/json')
    .withCredentials();
}

function save(item) {
  const req = request.post('/api/items').send(item);
  return req;
}

function audit() {
  return request.post('/api/audit').set({ 'X-Client': 'web' });
}

module.exports = { load, save, audit };
