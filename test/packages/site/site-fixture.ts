// A demo workspace with a hostile note (scripts, event attributes, dangerous links, SVG, iframe, style) and attachments, for the mini-site tests.
import { createInProcessClient } from '../../../src/node/transport/in-process';
import { demoWorkspace, openServices } from '../../helpers/workspace';

/** A real 1×1 PNG. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
export const EVIL_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="window.pwnedSvg=1"><script>window.pwnedSvg=2;alert(1)</script></svg>';
export const HOSTILE_TITLE = 'Hostile note <img src=x onerror=alert(1)>';
export const TARGET_TITLE = 'Checking damaged returns at the desk';

export function hostileBody(pngId: string, svgId: string): string {
  return `# Hostile <img src=x onerror="window.pwnedHeading=1">

<script>window.pwnedScript = 1; alert('script')</script>

<img src="x" onerror="window.pwnedImg=1;alert('img')">

<iframe src="https://evil.example/frame" onload="window.pwnedFrame=1"></iframe>

<svg onload="window.pwnedSvgInline=1"><script>alert('svg')</script></svg>

<style>body { display: none } </style>

Links: [js](javascript:alert(1)) [js2](JaVaScRiPt:window.pwnedJs=1) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[vb](vbscript:msgbox) [file](file:///etc/passwd) [tab](jav&#x09;ascript:alert(1)) [rel](../../../etc/passwd) <javascript:alert(1)>

![data img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) ![tracker](https://evil.example/track.png)

Raw: <a href="javascript:alert(1)" onclick="alert(1)">raw link</a> and <b onmouseover="alert(1)">bold</b>

[ref link][r1]

[r1]: javascript:alert('ref')

Fine: [outside](https://example.org/page?a=1&b=2) and [mail](mailto:someone@example.org)

![a photo](attachments/${pngId}/photo.png)

[the svg](attachments/${svgId}/evil.svg) ![svg as image](attachments/${svgId}/evil.svg)

See [[${TARGET_TITLE}]], [[Circulation/${TARGET_TITLE}|the desk check]], [[${TARGET_TITLE}#Why it matters]] and [[No such note anywhere]].

- [x] done task
- [ ] open task

\`<script>alert('code')</script>\`
`;
}

/** Builds the workspace; returns its folder and the ids used. */
export async function hostileWorkspace(parent: string): Promise<{ dir: string; hostileId: string; circulationId: string; unusedFile: string }> {
  const dir = demoWorkspace(parent);
  const services = openServices(dir);
  try {
    const client = createInProcessClient(services);
    const domains = await client.call('domains.list', {});
    const circulation = domains.find((d) => d.name === 'Circulation')!;
    const note = await client.call('notes.create', { domainId: circulation.id, title: HOSTILE_TITLE });
    const png = await client.call('attachments.add', { noteId: note.id, fileName: 'photo.png', dataBase64: PNG_1X1.toString('base64') });
    const svg = await client.call('attachments.add', { noteId: note.id, fileName: 'evil.svg', dataBase64: Buffer.from(EVIL_SVG).toString('base64') });
    await client.call('attachments.add', { noteId: note.id, fileName: 'unused.pdf', dataBase64: Buffer.from('%PDF-1.4 unused').toString('base64') });
    await client.call('notes.update', { id: note.id, body: hostileBody(png.id, svg.id) });
    return { dir, hostileId: note.id, circulationId: circulation.id, unusedFile: 'unused.pdf' };
  } finally {
    services.close();
  }
}
