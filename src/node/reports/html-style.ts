// The HTML report's inline stylesheet: readable on screen, and on paper (A4, a page per phase, no backgrounds).

export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; color: #1f2328; background: #fff;
  font: 15px/1.55 "Segoe UI", "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; line-height: 1.2; }
h2 { font-size: 1.4rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
p { margin: .4rem 0 .7rem; }
.subtitle { color: #57606a; margin: 0 0 1.5rem; }
nav ul { margin: .3rem 0 0; padding-left: 1.4rem; }
td ul, td ol { margin: 0; padding-left: 1.1rem; }
nav a { color: inherit; }
dl.charter { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.2rem; margin: 0 0 1rem; }
dl.charter dt { font-weight: 600; }
dl.charter dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95em; }
th, td { border: 1px solid #d0d7de; padding: .35rem .55rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; }
.align-center { text-align: center; } .align-right { text-align: right; }
.status { font-weight: 600; }
.status-done { color: #1a7f37; } .status-in-progress { color: #9a6700; } .status-not-started { color: #57606a; }
.overdue { color: #cf222e; font-weight: 600; }
.missing { color: #cf222e; } .present { color: #1a7f37; }
.meter { display: inline-block; width: 6rem; height: .55rem; border: 1px solid #8c959f; vertical-align: middle; margin-right: .4rem; }
.meter > span { display: block; height: 100%; background: #2da44e; }
.field { margin: 0 0 1rem; }
.field-value { margin-left: .2rem; }
.blockers { border-left: 3px solid #cf222e; padding: .2rem .8rem; margin: .6rem 0 1rem; }
.blockers ul { margin: .2rem 0; padding-left: 1.2rem; }
ul.checklist { list-style: none; padding-left: .2rem; }
.tick { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
blockquote { margin: .5rem 0; padding: 0 1rem; border-left: 3px solid #d0d7de; color: #444c56; }
pre { white-space: pre-wrap; word-break: break-word; padding: .6rem .8rem; border: 1px solid #d0d7de; font-size: .9em; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: .92em; }
.note-link { font-style: italic; }
.empty { color: #57606a; font-style: italic; }
footer { margin-top: 3rem; color: #57606a; font-size: .85em; }

@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  * { background: transparent !important; box-shadow: none !important; }
  body { max-width: none; padding: 0; color: #000; font-size: 10.5pt; line-height: 1.45; }
  nav { display: none; }
  h1 { font-size: 20pt; }
  h2 { font-size: 15pt; border-bottom: 1pt solid #000; }
  h3 { font-size: 12pt; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  section.phase { break-before: page; page-break-before: always; }
  section.after-phases { break-before: page; page-break-before: always; }
  table { font-size: 9.5pt; }
  th, td { border-color: #555; }
  thead { display: table-header-group; }
  tr, li, .field, dl.charter { break-inside: avoid; page-break-inside: avoid; }
  .meter { border-color: #000; }
  .meter > span { background: #000 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .status-done, .status-in-progress, .status-not-started, .overdue, .missing, .present { color: #000; }
  a { color: #000; text-decoration: none; }
}
`;
