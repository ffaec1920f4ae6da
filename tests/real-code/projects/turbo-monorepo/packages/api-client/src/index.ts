export interface ClientOptions {
  baseUrl: string;
  token?: string;
}

/** Used by the web app and by the API's integration scripts. */
export function createClient({ baseUrl, token }: ClientOptions) {
  return {
    async get<T>(path: string): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: token ? { Authorization: `Bearer ${token}`, Origin: 'https://app.acme.example' } : {},
      });
      return response.json() as Promise<T>;
    },
  };
}
