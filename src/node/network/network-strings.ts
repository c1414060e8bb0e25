// English and Bahasa Indonesia texts of the network recommendations and report (same keys as locales network.*).
export type NetworkLang = 'en' | 'id';
type Params = Record<string, string | number>;

const TEXTS = {
  'rec.oneWayPair': {
    en: 'Invite {giver} and {receiver} to a joint session: {giver} shares with {receiver}, but {receiver} has not shared back.',
    id: 'Undang {giver} dan {receiver} ke sesi bersama: {giver} berbagi dengan {receiver}, tetapi {receiver} belum berbagi kembali.',
  },
  'rec.isolate': {
    en: 'Bring {name} into the next meeting: {name} has no sharing tie in this period.',
    id: 'Ajak {name} ke pertemuan berikutnya: {name} belum punya ikatan berbagi pada periode ini.',
  },
  'rec.broker': {
    en: '{name} holds a group of {size} members together: without {name} it would split into {parts} parts. Connect {name}\'s contacts with each other.',
    id: '{name} menyatukan kelompok {size} anggota: tanpa {name} kelompok itu terpecah menjadi {parts} bagian. Hubungkan kontak-kontak {name} satu sama lain.',
  },
  title: { en: 'Knowledge-sharing network', id: 'Jaringan berbagi pengetahuan' },
  summary: { en: 'Summary', id: 'Ringkasan' },
  recommendations: { en: 'Recommendations', id: 'Rekomendasi' },
  noRecommendations: { en: 'Nothing to recommend for this scope.', id: 'Tidak ada rekomendasi untuk cakupan ini.' },
  perMember: { en: 'Members', id: 'Anggota' },
  ties: { en: 'Ties', id: 'Ikatan' },
  scope: { en: 'Scope', id: 'Cakupan' },
  all: { en: 'all', id: 'semua' },
  more: { en: '{count} more not shown', id: '{count} lainnya tidak ditampilkan' },
  'm.members': { en: 'Members', id: 'Anggota' },
  'm.ties': { en: 'Ties (directed pairs)', id: 'Ikatan (pasangan berarah)' },
  'm.density': { en: 'Density', id: 'Kepadatan' },
  'm.reciprocity': { en: 'Reciprocity (mutual share of tied pairs)', id: 'Resiprositas (pasangan timbal balik)' },
  'm.oneWayShare': { en: 'One-way share of tied pairs', id: 'Porsi ikatan satu arah' },
  'm.isolates': { en: 'Isolates', id: 'Anggota terisolasi' },
  'm.components': { en: 'Weak components', id: 'Komponen lemah' },
  'm.centralization': { en: 'Degree centralization (Freeman)', id: 'Sentralisasi derajat (Freeman)' },
  'c.name': { en: 'Name', id: 'Nama' },
  'c.in': { en: 'Received from', id: 'Menerima dari' },
  'c.out': { en: 'Gave to', id: 'Memberi kepada' },
  'c.betweenness': { en: 'Betweenness', id: 'Keperantaraan' },
  'c.component': { en: 'Component', id: 'Komponen' },
  'c.giver': { en: 'Giver', id: 'Pemberi' },
  'c.receiver': { en: 'Receiver', id: 'Penerima' },
  'c.types': { en: 'Sources', id: 'Sumber' },
  'c.mutual': { en: 'Mutual', id: 'Timbal balik' },
  yes: { en: 'yes', id: 'ya' },
  no: { en: 'no', id: 'tidak' },
} satisfies Record<string, Record<NetworkLang, string>>;

export type NetworkTextKey = keyof typeof TEXTS;

export function networkText(lang: NetworkLang, key: NetworkTextKey, params: Params = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function bothTexts(key: NetworkTextKey, params: Params): { en: string; id: string } {
  return { en: networkText('en', key, params), id: networkText('id', key, params) };
}
