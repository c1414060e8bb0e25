// HTML page templates of the mini-site: shared layout (CSP, stylesheet, search box, local scripts), home, domain and note pages.
import { escapeHtml } from '../../reports/html-escape';
import { sitePath } from './site-url';

/** Only our own files: scripts and styles from the site folder, images copied into it, nothing else at all. */
export const SITE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-src 'none'";

export interface SiteNoteSummary {
  title: string;
  kind: string;
  stage: string;
  tags: string[];
  href: string;
}

const e = escapeHtml;

export function layout(opts: { title: string; siteTitle: string; root: string; main: string; generatedAt: string }): string {
  const { root } = opts;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(SITE_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(opts.title)}</title>
<link rel="stylesheet" href="${root}assets/style.css">
</head>
<body data-root="${e(root)}">
<header class="site">
<a class="home" href="${root}index.html">${e(opts.siteTitle)}</a>
<div class="search" role="search">
<input id="site-search" type="search" placeholder="Search notes" aria-label="Search notes" autocomplete="off">
<ol id="site-search-results" aria-live="polite"></ol>
</div>
</header>
<main>
${opts.main}
</main>
<footer class="site">Exported from CoP Workbench on ${e(opts.generatedAt.slice(0, 10))}. Works offline; nothing is loaded from the network.</footer>
<script src="${root}assets/search-index.js"></script>
<script src="${root}assets/search.js"></script>
</body>
</html>
`;
}

export function tagsHtml(tags: string[]): string {
  return tags.map((t) => `<span class="tag">#${e(t)}</span>`).join(' ');
}

export function homeMain(siteTitle: string, domains: { name: string; description: string; count: number; file: string }[]): string {
  const items = domains
    .map((d) => `<li><a href="${sitePath('domains', d.file)}">${e(d.name)}</a> <span class="meta">(${d.count} ${d.count === 1 ? 'note' : 'notes'})</span>${d.description ? `<br><span class="meta">${e(d.description)}</span>` : ''}</li>`)
    .join('\n');
  return `<h1>${e(siteTitle)}</h1>\n<h2>Domains</h2>\n<ul class="domains">\n${items}\n</ul>`;
}

export function domainMain(name: string, description: string, notes: SiteNoteSummary[]): string {
  const rows = notes
    .map((n) => `<tr><td><a href="${n.href}">${e(n.title)}</a></td><td>${e(n.kind)}</td><td>${e(n.stage)}</td><td>${tagsHtml(n.tags)}</td></tr>`)
    .join('\n');
  return `<p class="meta"><a href="../index.html">All domains</a></p>
<h1>${e(name)}</h1>
${description ? `<p class="meta">${e(description)}</p>\n` : ''}<table class="notes">
<thead><tr><th>Title</th><th>Kind</th><th>Stage</th><th>Tags</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function noteMain(opts: {
  title: string;
  domainName: string;
  domainHref: string;
  kind: string;
  stage: string;
  tags: string[];
  authors: string[];
  updatedAt: string;
  bodyHtml: string;
  backlinks: { title: string; href: string }[];
}): string {
  const back = opts.backlinks.length
    ? `<ul>\n${opts.backlinks.map((b) => `<li><a href="${b.href}">${e(b.title)}</a></li>`).join('\n')}\n</ul>`
    : '<p class="meta">No other exported note links here.</p>';
  return `<p class="meta"><a href="${opts.domainHref}">${e(opts.domainName)}</a></p>
<article>
<h1>${e(opts.title)}</h1>
<div class="meta"><dl>
<dt>Domain</dt><dd>${e(opts.domainName)}</dd>
<dt>Kind</dt><dd>${e(opts.kind)}</dd>
<dt>Stage</dt><dd>${e(opts.stage)}</dd>
<dt>Tags</dt><dd>${opts.tags.length ? tagsHtml(opts.tags) : '—'}</dd>
<dt>Authors</dt><dd>${opts.authors.length ? e(opts.authors.join(', ')) : '—'}</dd>
<dt>Updated</dt><dd><time datetime="${e(opts.updatedAt)}">${e(opts.updatedAt.slice(0, 10))}</time></dd>
</dl></div>
<div class="note-body">
${opts.bodyHtml}
</div>
</article>
<section class="backlinks">
<h2>Linked from</h2>
${back}
</section>`;
}
