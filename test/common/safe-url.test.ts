// Only http(s) links without credentials may be opened in the OS browser.
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../src/common/safe-url';

describe('isSafeExternalUrl', () => {
  it('accepts http and https', () => {
    expect(isSafeExternalUrl('https://example.org/a?b=c')).toBe(true);
    expect(isSafeExternalUrl('http://127.0.0.1:8080/')).toBe(true);
  });
  it('rejects other schemes, credentials and junk', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.org/', 'not a url', '', 'https://' + 'a'.repeat(3000)]) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});
