// API methods of the vault area (filled in by the vault work).

export const VAULT_API = {} as const;
