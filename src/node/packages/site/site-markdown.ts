// The mini-site's hooks for the shared safe Markdown renderer: wikilinks to pages, copied attachments, heading ids.
// Links only http(s), mailto, in-page anchors, resolved wikilinks and copied attachments; everything else is dropped.
import { renderSafeMarkdown } from '../../markdown/safe-html';
import type { SafeMarkdown, UrlTarget } from '../../markdown/safe-html';
import { headingId, siteSlug } from './site-names';
import { safeExternalHref } from './site-url';

export interface SiteLinkHooks {
  /** The href of the wikilink with this index in the body (parseWikiLinks order, its title as written), or null when it resolves to no page here. */
  wikiHref(index: number, title: string): string | null;
  /** The site-relative href and whether it is a safe image, for an attachment URL, or null (not an attachment / not exported). */
  attachment(url: string): { href: string; image: boolean } | null;
  /** True when the URL is an attachment URL at all (so a missing one is marked rather than treated as a relative link). */
  isAttachmentUrl(url: string): boolean;
}

export type RenderedNote = SafeMarkdown;

const MISSING: UrlTarget = { inert: 'missing', note: 'Attachment not in this export' };
const DROPPED: UrlTarget = { inert: 'dropped', note: 'Link removed' };

/** Renders a note body for its page (h1 is the page title, so note headings start at h2). */
export function renderNoteMarkdown(body: string, hooks: SiteLinkHooks): RenderedNote {
  return renderSafeMarkdown(body, {
    headingShift: 1,
    anchorId: (kind, text) => (kind === 'heading' ? headingId(text) : `fn-${siteSlug(text, 'x')}`),
    wikiHref: hooks.wikiHref,
    url(url) {
      if (hooks.isAttachmentUrl(url)) {
        const a = hooks.attachment(url);
        return a ? { href: a.href, image: a.image } : MISSING;
      }
      if (/^#[^\s]+$/.test(url)) return { href: `#${headingId(decodeSafe(url.slice(1)))}` };
      const ext = safeExternalHref(url);
      return ext ? { href: ext, external: true } : DROPPED;
    },
  });
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
