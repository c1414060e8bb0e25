// Starts loading (or building) the search index in the background, for hosts with a UI (server, desktop).
import type { Services } from '../services/create-services';

/** Call right after createServices() in a UI host; returns at once, the index gets ready in the background. */
export function warmUpSearch(services: Services): void {
  void services.api['search.status']({}).catch(() => undefined);
}
