// Shared setup for plan tests: a demo workspace, an API client and a small custom template with every field type.
import { demoWorkspace, openServices } from '../helpers/workspace';
import { createInProcessClient } from '../../src/node/transport/in-process';
import type { ApiClient } from '../../src/common/api/contract';
import type { Services } from '../../src/node/services/create-services';
import type { Template } from '../../src/common/templates/template-types';

const b = (en: string, id = en) => ({ en, id });

/** A two-phase custom template: "gather" has one field of each type and a full gate; "share" schedules meetings. */
export function testTemplate(): Template {
  return {
    schemaVersion: 1,
    id: 'test-plan-tpl',
    version: 1,
    name: b('Test template', 'Templat uji'),
    description: b('For plan tests', 'Untuk uji rencana'),
    variables: [{ name: 'org', label: b('Organisation', 'Organisasi'), default: 'Karangsari Library' }],
    phases: [
      {
        id: 'gather',
        title: b('Gather', 'Kumpulkan'),
        guidance: b('Collect what members know.', 'Kumpulkan apa yang diketahui anggota.'),
        prompts: [b('Who knows what?', 'Siapa tahu apa?')],
        fields: [
          { id: 'name', type: 'shortText', label: b('Short name', 'Nama pendek') },
          { id: 'vision', type: 'richText', label: b('Vision statement', 'Pernyataan visi'), required: true },
          { id: 'kickoff', type: 'date', label: b('Kick-off date', 'Tanggal mulai') },
          { id: 'size', type: 'number', label: b('Group size', 'Jumlah anggota'), min: 1, max: 50 },
          { id: 'rhythm', type: 'choice', label: b('Rhythm', 'Ritme'), options: [{ value: 'weekly', label: b('Weekly', 'Mingguan') }, { value: 'monthly', label: b('Monthly', 'Bulanan') }] },
          { id: 'lead', type: 'member', label: b('Lead', 'Pemimpin') },
          { id: 'people', type: 'members', label: b('Participants', 'Peserta'), required: true },
          { id: 'home', type: 'domain', label: b('Home domain', 'Domain utama') },
          { id: 'steps', type: 'checklist', label: b('Steps', 'Langkah'), items: [{ id: 'invite', label: b('Invite', 'Undang') }, { id: 'meet', label: b('Meet', 'Bertemu') }] },
          {
            id: 'topics',
            type: 'table',
            label: b('Topics', 'Topik'),
            columns: [
              { id: 'topic', type: 'shortText', label: b('Topic', 'Topik') },
              { id: 'hours', type: 'number', label: b('Hours', 'Jam') },
              { id: 'when', type: 'date', label: b('When', 'Kapan') },
              { id: 'owner', type: 'member', label: b('Owner', 'Pemilik') },
              { id: 'level', type: 'choice', label: b('Level', 'Tingkat'), options: [{ value: 'core', label: b('Core', 'Inti') }] },
            ],
          },
        ],
        tasks: [
          { id: 'inviteAll', title: b('Invite everyone', 'Undang semua'), owner: 'coordinator', dueAfterDays: 7 },
          { id: 'free', title: b('Unassigned task', 'Tugas bebas') },
        ],
        outputs: [
          {
            id: 'profiles',
            label: b('Member profiles', 'Profil anggota'),
            per: 'member',
            membersFrom: 'people',
            noteKind: 'member-profile',
            title: b('Profile of {{member}}', 'Profil {{member}}'),
            body: b('# {{member}}\n\nPart of {{plan}} in {{domain}} ({{org}}), written {{today}}.\n\nVision: {{field:gather.vision}}', '# {{member}}'),
            tags: ['profile'],
          },
        ],
        gate: { requiredFields: ['vision', 'people'], completeChecklists: ['steps'], outputs: ['profiles'], allTasksDone: true },
      },
      {
        id: 'share',
        title: b('Share', 'Bagikan'),
        guidance: b('Meet and share.', 'Bertemu dan berbagi.'),
        prompts: [b('What did we learn?', 'Apa yang kita pelajari?')],
        after: ['gather'],
        fields: [{ id: 'notes', type: 'richText', label: b('Notes', 'Catatan') }],
        tasks: [],
        outputs: [
          {
            id: 'records',
            label: b('Meeting records', 'Notulen'),
            per: 'meeting',
            noteKind: 'meeting-record',
            title: b('{{meeting.title}} on {{meeting.date}}', '{{meeting.title}} pada {{meeting.date}}'),
            body: b('Record of {{meeting.title}}.', 'Notulen {{meeting.title}}.'),
            tags: ['meeting'],
          },
        ],
        gate: { minMeetings: 2, outputs: ['records'] },
        meetings: {
          label: b('Sharing meeting', 'Pertemuan berbagi'),
          recordTitle: b('{{meeting.title}} on {{meeting.date}}', '{{meeting.title}} pada {{meeting.date}}'),
          recordBody: b('## Minutes of {{meeting.title}}\n', '## Notulen {{meeting.title}}\n'),
          defaultEveryDays: 14,
        },
      },
    ],
  };
}

export interface PlanEnv {
  services: Services;
  client: ApiClient;
  events: { event: string; payload: unknown }[];
  domainId(name: string): Promise<string>;
  close(): void;
}

export async function planEnv(parent: string, name: string): Promise<PlanEnv> {
  const services = openServices(demoWorkspace(parent, name));
  const client = createInProcessClient(services);
  const events: { event: string; payload: unknown }[] = [];
  services.subscribe((event, payload) => events.push({ event, payload }));
  return {
    services,
    client,
    events,
    async domainId(n) {
      const d = (await client.call('domains.list', {})).find((x) => x.name === n);
      if (!d) throw new Error(`no domain ${n}`);
      return d.id;
    },
    close: () => services.close(),
  };
}
