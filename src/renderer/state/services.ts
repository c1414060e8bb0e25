// The API client shared by the whole renderer, set once at start-up.
import type { ApiClient } from '../../common/api/contract';

let client: ApiClient | null = null;

export function setApi(api: ApiClient): void {
  client = api;
}

export function api(): ApiClient {
  if (!client) throw new Error('API client used before start-up');
  return client;
}
