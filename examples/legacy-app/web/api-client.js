'use client';
import axios from 'axios';

export async function loadProfile() {
  const response = await fetch('https://api.example.com/me', {
    credentials: 'include',
    headers: {
      Origin: window.location.origin,
      'Content-Type': 'application/json',
    },
  });
  return response.json();
}

axios.defaults.headers.common['Cookie'] = document.cookie;

// "Fixed" a CORS error: the response is now opaque, so this never sees an order.
export async function loadOrders() {
  const response = await fetch('https://api.example.com/orders', { mode: 'no-cors' });
  return response.json();
}

// "Fixed" it on the wrong side: this turns a simple GET into a preflight the API refuses.
export function loadInvoices() {
  return fetch('https://api.example.com/invoices', { headers: { 'Access-Control-Allow-Origin': '*' } }).then((res) => res.json());
}
