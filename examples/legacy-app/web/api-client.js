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
