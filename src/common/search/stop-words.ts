// Very common English and Indonesian words left out of the search index (they match nearly every note).

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its of on or our she so ' +
    'that the their them then there these they this to was we were which will with you your ' +
    'yang dan di ke dari untuk dengan pada ini itu atau juga tidak ada akan dalam oleh sebagai karena saat bisa sudah'
  ).split(' '),
);
