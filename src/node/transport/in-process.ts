// In-process transport: the CLI and tests call the services directly, with the same validation and error shape.
import { createApiClient } from '../../common/api/client';
import type { ApiClient } from '../../common/api/contract';
import type { Services } from '../services/create-services';

export function createInProcessClient(services: Services): ApiClient {
  return createApiClient({
    // Round-trip through JSON so in-process callers see exactly what remote callers see.
    call: async (method, input) => JSON.parse(JSON.stringify(await services.dispatch(method, input))),
    subscribe: (listener) => services.subscribe((event, payload) => listener(event, JSON.parse(JSON.stringify(payload)))),
  });
}
