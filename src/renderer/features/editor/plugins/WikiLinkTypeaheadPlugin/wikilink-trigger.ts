// Detects "[[query" right before the caret (the query has no brackets, pipes or line breaks).
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

const TRIGGER = /\[\[([^[\]|\n]{0,120})$/;

export function matchWikiLinkTrigger(text: string): MenuTextMatch | null {
  const m = TRIGGER.exec(text);
  if (!m) return null;
  return { leadOffset: m.index, matchingString: m[1], replaceableString: m[0] };
}
