// Builds a workspace whose notes, titles, aliases, tags, domain, member and attachment carry hostile HTML/JS payloads,
// each of which would leave a distinct marker (window.__pwned, document.title, an alert, a request to a canary URL) if it ran.
import { MemberStore } from '../../src/node/store/member-store';
import type { Services } from '../../src/node/services/create-services';

/** The document.title a payload sets when it runs. */
export const PWNED_TITLE = 'PWNED';
/** A word in every hostile note, for the search view. */
export const SEARCH_WORD = 'zebrafinch';

/** JavaScript that marks `name` as executed; no "/" so it also fits names that refuse slashes. */
export const mark = (name: string): string => `window.__pwned='${name}';document.title='${PWNED_TITLE}';alert('${name}')`;
/** The same plus a request to the canary server (only where "/" is allowed). */
const markAndCall = (name: string, canary: string): string => `${mark(name)};fetch('${canary}/${name}')`;

export const HOSTILE_DOMAIN = `Hostile <svg onload=${mark('domain-name')}> domain`;
export const HOSTILE_MEMBER = `<img src=x onerror=${mark('member-name')}> Mallory`;
/** Tags allow at most 80 characters and no spaces: shorter payloads. */
export const HOSTILE_TAGS = [`<img/src=x/onerror=alert('tag-img')>`, `<svg/onload=window.__pwned='tag-svg'>`];
export const HOSTILE_ALIAS = `<img src=x onerror=${mark('alias')}> alias`;
/** Attachment file name: an <img onerror> (no parentheses, so the Markdown image reference stays one token). */
export const HOSTILE_ATTACHMENT_NAME = `<img src=x onerror=window.__pwned='attachment-name'>.svg`;

export interface HostileNoteSpec {
  title: string;
  body: string;
}

/** The hostile notes' titles, in order: the body note, the link hub, the wikilink target. */
export const TITLES = {
  body: `<script>${mark('title-script')}</script> Hostile body ${SEARCH_WORD}`,
  hub: `<img src=x onerror=${mark('title-img')}> Link hub ${SEARCH_WORD}`,
  target: `<iframe src=javascript:${mark('title-iframe')}></iframe> Target ${SEARCH_WORD}`,
} as const;

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** An SVG with every way an SVG can run script. */
export function hostileSvg(canary: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40" onload="${markAndCall('attachment-svg-onload', canary)}">`,
    `<script>${markAndCall('attachment-svg-script', canary)}</script>`,
    `<a xlink:href="javascript:${mark('attachment-svg-link')}"><rect width="40" height="40" fill="red"/></a>`,
    `<foreignObject width="40" height="40"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:${mark('attachment-svg-iframe')}"></iframe></foreignObject>`,
    `<image href="${canary}/attachment-svg-image"/>`,
    '</svg>',
  ].join('');
}

/** The Markdown body with every hostile form; `attachmentRef` is attachments/<id>/<name> of the hostile SVG. */
export function hostileBody(canary: string, attachmentRef: string): string {
  const js = (name: string) => markAndCall(name, canary);
  const svgDoc = `<svg xmlns='http://www.w3.org/2000/svg' onload="${js('md-data-svg')}"><script>${js('md-data-svg-script')}</script></svg>`;
  const htmlDoc = `<script>${js('md-data-html')}</script>`;
  return [
    `Plain words: ${SEARCH_WORD} payload starts here.`,
    '',
    `<script>${js('script-tag')}</script>`,
    '',
    `<img src=x onerror="${js('img-onerror')}">`,
    '',
    `<svg onload="${js('svg-onload')}"><script>${js('svg-script')}</script></svg>`,
    '',
    `<iframe src="javascript:${js('iframe-js')}"></iframe>`,
    '',
    `<iframe srcdoc="<script>${js('iframe-srcdoc')}</script>"></iframe>`,
    '',
    `<a href="javascript:${js('raw-anchor')}">raw anchor</a>`,
    '',
    `[md js link](javascript:window.__pwned='md-js-link';alert%28'md-js-link'%29)`,
    '',
    `[md js upper](JaVaScRiPt:alert%28'md-js-upper'%29)`,
    '',
    `[md data link](data:text/html;base64,${b64(htmlDoc)})`,
    '',
    `[md data svg link](data:image/svg+xml;base64,${b64(svgDoc)})`,
    '',
    `![md data svg image](data:image/svg+xml;base64,${b64(svgDoc)})`,
    '',
    `![md inline svg image](data:image/svg+xml,<svg onload=${mark('md-inline-svg')}>)`,
    '',
    `![md remote image](${canary}/md-remote-image)`,
    '',
    `[md remote link](${canary}/md-remote-link)`,
    '',
    `[md protocol-relative link](//evil.invalid/md-protocol-relative)`,
    '',
    `[md vbscript link](vbscript:msgbox%28'vbs'%29)`,
    '',
    `[md entity link](&#106;avascript:alert%28'md-entity'%29)`,
    '',
    `<a href="&#x6A;&#x61;vascript&#x3A;${mark('entity-anchor')}">entity anchor</a>`,
    '',
    `<javascript:${mark('autolink-js')}>`,
    '',
    `<${canary}/autolink-http>`,
    '',
    `https://evil.invalid/bare-url`,
    '',
    `[[<img src=x onerror=${mark('wikilink-target')}>|<script>${mark('wikilink-alias')}</script>]]`,
    '',
    `[[${TITLES.target}|<svg onload=${mark('wikilink-label')}>]]`,
    '',
    `[[${TITLES.hub}]]`,
    '',
    `<object data="javascript:${js('object')}"></object>`,
    '',
    `<embed src="javascript:${js('embed')}">`,
    '',
    `<meta http-equiv="refresh" content="0;url=javascript:${js('meta-refresh')}">`,
    '',
    `<base href="https://evil.invalid/base/">`,
    '',
    `<form action="javascript:${js('form')}"><button formaction="javascript:${js('formaction')}">go</button></form>`,
    '',
    `<style>body{background:url("javascript:${js('style')}")} @import url("${canary}/style-import");</style>`,
    '',
    `<link rel="stylesheet" href="${canary}/link-stylesheet">`,
    '',
    `<details open ontoggle="${js('details-ontoggle')}">details</details>`,
    '',
    `<video><source onerror="${js('video-source')}"></video>`,
    '',
    `<math><maction actiontype="statusline" xlink:href="javascript:${js('mathml')}">math</maction></math>`,
    '',
    `**bold <img src=x onerror="${js('bold-img')}">** and \`<script>${js('inline-code')}</script>\``,
    '',
    '```html',
    `<script>${js('code-block')}</script>`,
    '```',
    '',
    `> quote <iframe src="javascript:${js('quote-iframe')}">`,
    '',
    `| cell | <img src=x onerror="${js('table-cell')}"> |`,
    '| --- | --- |',
    `| [cell link](javascript:alert%28'table-link'%29) | two |`,
    '',
    `![<img src=x onerror=${mark('attachment-alt')}>](${attachmentRef})`,
    '',
    `[open the attachment](${attachmentRef})`,
    '',
    'Payload ends here.',
  ].join('\n');
}

export interface HostileWorkspace {
  domainId: string;
  memberId: string;
  noteIds: { body: string; hub: string; target: string };
  attachmentId: string;
}

/** Fills the workspace behind `services` with the hostile domain, member, notes and attachment. */
export async function buildHostileNotes(services: Services, canary: string): Promise<HostileWorkspace> {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await services.dispatch(method, input);
    if (!res.ok) throw new Error(`${method}: ${res.error.code} ${res.error.message}`);
    return res.result as T;
  };
  const domain = await call<{ id: string }>('domains.create', { name: HOSTILE_DOMAIN, description: `<script>${mark('domain-description')}</script>` });
  const memberId = 'hostile-member-1';
  new MemberStore(services.db).insert(
    {
      id: memberId,
      name: HOSTILE_MEMBER,
      email: null,
      role: `<iframe src=javascript:${mark('member-role')}>`,
      participation: 'active',
      narrative: `<script>${mark('member-narrative')}</script>`,
      domainIds: [domain.id],
    },
    new Date().toISOString(),
  );
  const create = (title: string) => call<{ id: string }>('notes.create', { domainId: domain.id, title, kind: 'story' });
  const body = await create(TITLES.body);
  const hub = await create(TITLES.hub);
  const target = await create(TITLES.target);
  const attachment = await call<{ id: string; fileName: string }>('attachments.add', {
    noteId: body.id,
    fileName: HOSTILE_ATTACHMENT_NAME,
    dataBase64: b64(hostileSvg(canary)),
  });
  const ref = `attachments/${attachment.id}/${encodeURIComponent(attachment.fileName)}`;
  await call('notes.update', { id: body.id, body: hostileBody(canary, ref) });
  // The hub links back to the body note with hostile text around the link, so the backlink snippet carries it.
  await call('notes.update', {
    id: hub.id,
    body: `Before <script>${markAndCall('backlink-snippet', canary)}</script> the link [[${TITLES.body}|<img src=x onerror=${mark('hub-label')}>]] after <img src=x onerror="${mark('backlink-after')}">. ${SEARCH_WORD}`,
  });
  await call('notes.update', {
    id: target.id,
    body: `Target body <svg onload="${mark('target-body')}"></svg> [[${TITLES.body}]] ${SEARCH_WORD}`,
  });
  for (const id of [body.id, hub.id, target.id]) {
    await call('notes.setMeta', { id, tags: HOSTILE_TAGS, aliases: [`${HOSTILE_ALIAS} ${id.slice(0, 6)}`], authorIds: [memberId] });
  }
  return { domainId: domain.id, memberId, noteIds: { body: body.id, hub: hub.id, target: target.id }, attachmentId: attachment.id };
}
