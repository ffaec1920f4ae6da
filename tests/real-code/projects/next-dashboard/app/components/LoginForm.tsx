'use client';

import { useState } from 'react';

export function LoginForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `session=${token}` },
      body: JSON.stringify(Object.fromEntries(new FormData(event.currentTarget))),
    });
    if (!response.ok) setError('Sign-in failed');
  }

  return (
    <form onSubmit={onSubmit}>
      <input name="email" type="email" />
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
