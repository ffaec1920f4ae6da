export function send(body) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/items');
  xhr.withCredentials = true;
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.send(JSON.stringify(body));
  return xhr;
}
