// A fetch wrapper that marks small requests as keepalive while the page unloads, so the last UI-state save is delivered.
const KEEPALIVE_LIMIT = 60_000;
let unloading = false;

export function markUnloading(): void {
  unloading = true;
}

export function createUnloadAwareFetch(base: typeof fetch): typeof fetch {
  return (input, init) => {
    const body = init?.body;
    if (unloading && typeof body === 'string' && body.length < KEEPALIVE_LIMIT) {
      return base(input, { ...init, keepalive: true });
    }
    return base(input, init);
  };
}
