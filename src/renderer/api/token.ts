// Browser host access token: read from the page URL (?token=…) and kept in sessionStorage for reloads.
export const TOKEN_STORAGE_KEY = 'copw.token';

export function resolveToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      /* storage may be unavailable; the URL still carries the token */
    }
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
