// API methods of the notes area (filled in by the notes work).

export const NOTES_API = {} as const;
