// The Markdown transformers of the note editor: Lexical's standard ones plus wikilinks, images, tables, check lists and rules.
import { CHECK_LIST, ELEMENT_TRANSFORMERS, MULTILINE_ELEMENT_TRANSFORMERS, TEXT_FORMAT_TRANSFORMERS, TEXT_MATCH_TRANSFORMERS, type Transformer } from '@lexical/markdown';
import { HR } from './hr-transformer';
import { IMAGE } from './image-transformer';
import { createTableTransformer } from './table-transformer';
import { WIKILINK } from './wikilink-transformer';

export const TABLE = createTableTransformer(() => NOTE_TRANSFORMERS);

export const NOTE_TRANSFORMERS: Transformer[] = [
  TABLE,
  HR,
  CHECK_LIST,
  ...ELEMENT_TRANSFORMERS,
  ...MULTILINE_ELEMENT_TRANSFORMERS,
  ...TEXT_FORMAT_TRANSFORMERS,
  IMAGE,
  WIKILINK,
  ...TEXT_MATCH_TRANSFORMERS,
];
