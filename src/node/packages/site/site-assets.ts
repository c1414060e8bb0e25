// The shared files of the mini-site: one stylesheet and the client-side search script (no inline code: the CSP forbids it).

export const SITE_CSS = `:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --accent: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header.site { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 24px; border-bottom: 1px solid var(--line); background: var(--panel); position: relative; }
header.site .home { font-weight: 600; color: var(--fg); text-decoration: none; }
.search { position: relative; margin-left: auto; }
.search input { width: 320px; max-width: 70vw; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); font: inherit; }
.search ol { position: absolute; right: 0; top: 100%; z-index: 10; width: 420px; max-width: 90vw; margin: 4px 0 0; padding: 0; list-style: none; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 6px 20px rgba(0,0,0,.15); max-height: 60vh; overflow: auto; }
.search ol:empty { display: none; }
.search li { padding: 6px 10px; border-bottom: 1px solid var(--line); }
.search li:last-child { border-bottom: 0; }
.search li .meta, .search li .excerpt { display: block; font-size: 13px; color: var(--muted); }
main { max-width: 860px; margin: 0 auto; padding: 16px 24px 48px; }
a { color: var(--accent); }
.meta { color: var(--muted); font-size: 14px; }
.meta dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 16px; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.tag { display: inline-block; padding: 0 6px; margin: 0 4px 2px 0; border-radius: 10px; background: var(--panel); border: 1px solid var(--line); font-size: 13px; }
.note-body { border-top: 1px solid var(--line); padding-top: 8px; overflow-wrap: anywhere; }
.note-body img { max-width: 100%; height: auto; }
.note-body pre { background: var(--panel); padding: 10px; overflow: auto; border-radius: 6px; }
.note-body code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 90%; }
.note-body blockquote { margin: 0; padding: 0 12px; border-left: 4px solid var(--line); color: var(--muted); }
.note-body table { border-collapse: collapse; }
.note-body th, .note-body td { border: 1px solid var(--line); padding: 4px 8px; }
.note-body .align-center { text-align: center; } .note-body .align-right { text-align: right; }
.note-body li.task { list-style: none; }
.wikilink.unresolved { color: var(--muted); border-bottom: 1px dashed var(--muted); }
.wikilink .marker { font-size: 10px; margin-left: 1px; }
.link.dropped, .link.missing { color: var(--muted); text-decoration: line-through dotted; }
.raw-html { font-family: ui-monospace, monospace; font-size: 90%; color: var(--muted); }
table.notes { width: 100%; border-collapse: collapse; }
table.notes th, table.notes td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
ul.domains { padding-left: 20px; }
.backlinks { margin-top: 32px; border-top: 1px solid var(--line); }
footer.site { max-width: 860px; margin: 0 auto; padding: 0 24px 24px; color: var(--muted); font-size: 13px; }
`;

/** Searches the index set by search-index.js (window.COPW_SITE_INDEX) as the user types; results are built with DOM calls only. */
export const SEARCH_JS = `// Client-side search of the exported notes: reads window.COPW_SITE_INDEX (search-index.js), no network.
(function () {
  'use strict';
  function fold(s) { return String(s).normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
  function start() {
    var input = document.getElementById('site-search');
    var list = document.getElementById('site-search-results');
    var index = Array.isArray(window.COPW_SITE_INDEX) ? window.COPW_SITE_INDEX : [];
    if (!input || !list) return;
    var root = document.body.getAttribute('data-root') || '';
    var docs = index.map(function (d) {
      return { d: d, title: fold(d.title), tags: fold((d.tags || []).join(' ')), text: fold(d.text || '') };
    });
    function run() {
      var words = fold(input.value).split(/\\s+/).filter(Boolean);
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!words.length) return;
      var hits = [];
      for (var i = 0; i < docs.length; i++) {
        var x = docs[i], score = 0, ok = true;
        for (var j = 0; j < words.length && ok; j++) {
          var w = words[j];
          if (x.title.indexOf(w) >= 0) score += 10;
          else if (x.tags.indexOf(w) >= 0) score += 5;
          else if (x.text.indexOf(w) >= 0) score += 1;
          else ok = false;
        }
        if (ok) hits.push({ x: x, score: score });
      }
      hits.sort(function (a, b) { return b.score - a.score || (a.x.title < b.x.title ? -1 : a.x.title > b.x.title ? 1 : 0); });
      hits.slice(0, 20).forEach(function (h) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + h.x.d.url;
        a.textContent = h.x.d.title;
        li.appendChild(a);
        var meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = [h.x.d.domain].concat((h.x.d.tags || []).map(function (t) { return '#' + t; })).join(' · ');
        li.appendChild(meta);
        if (h.x.d.text) {
          var ex = document.createElement('span');
          ex.className = 'excerpt';
          ex.textContent = h.x.d.text.slice(0, 160);
          li.appendChild(ex);
        }
        list.appendChild(li);
      });
      if (!hits.length) {
        var none = document.createElement('li');
        none.className = 'meta';
        none.textContent = 'No matching notes';
        list.appendChild(none);
      }
    }
    input.addEventListener('input', run);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { input.value = ''; run(); }
      if (e.key === 'Enter') { var first = list.querySelector('a'); if (first) first.click(); }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
`;

/** The search index as a script that sets one global (works from file://, where fetch() of local files is refused). */
export function searchIndexJs(entries: { title: string; domain: string; tags: string[]; text: string; url: string }[]): string {
  const json = JSON.stringify(entries).replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `// Search index of the exported notes (title, domain, tags, text excerpt, page URL relative to the site root).\nwindow.COPW_SITE_INDEX = ${json};\n`;
}
