// The header is set inside a larger expression: removing the call would remove the arrow's body.
export function direct() {
  const headers = new Headers();
  // cors-codemod: review: Access-Control-Allow-Origin is a response header sent as a request header; remove it by hand: the call that sets it is part of a larger expression
  const set = () => headers.set('Access-Control-Allow-Origin', '*');
  set();
  return fetch('https://api.example.com', { headers });
}

// Page code: it renders into the document.
export function showStatus(text: string): void {
  document.title = text;
}
