export async function getProfile(session: string | undefined) {
  const response = await fetch(`${process.env.API_URL}/profile`, {
    headers: { Cookie: `session=${session ?? ''}` },
    cache: 'no-store',
  });
  return response.json();
}
