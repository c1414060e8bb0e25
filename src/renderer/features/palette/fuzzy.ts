// Fuzzy matching for the palette: the shared matcher of src/common/fuzzy.ts (also used by the server's quick open).
export { fuzzyFilter, fuzzyMatch, type FuzzyMatch } from '../../../common/fuzzy';
