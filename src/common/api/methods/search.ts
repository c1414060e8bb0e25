// API methods of the search area (filled in by the search work).

export const SEARCH_API = {} as const;
