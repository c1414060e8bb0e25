// [[ autocomplete: a typeahead over every note (title and aliases, fuzzy, matched by the server); Enter/click inserts a WikiLinkNode.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $isTextNode, type TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Highlight } from '../../../palette/Highlight';
import { $createWikiLinkNode } from '../../nodes/WikiLinkNode';
import { linkOptions, type LinkOption } from './link-options';
import { useLinkSuggestions } from './use-link-suggestions';
import { matchWikiLinkTrigger } from './wikilink-trigger';

export function WikiLinkTypeaheadPlugin({ onCreate }: { onCreate(title: string): void }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const answer = useLinkSuggestions(query);

  const options = useMemo(
    () => (query === null || !answer ? [] : linkOptions(answer.suggestions, query, answer.query === query)),
    [answer, query],
  );

  const onSelect = useCallback(
    (option: LinkOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const link = $createWikiLinkNode(option.noteTitle);
        if (textNode) textNode.replace(link);
        const next = link.getNextSibling();
        if ($isTextNode(next)) next.select(0, 0);
        else {
          const space = $createTextNode(' ');
          link.insertAfter(space);
          space.select(1, 1);
        }
      });
      if (option.isCreate) onCreate(option.noteTitle);
      closeMenu();
    },
    [editor, onCreate],
  );

  return (
    <LexicalTypeaheadMenuPlugin<LinkOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={(text) => matchWikiLinkTrigger(text)}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <ul className="wikilink-menu" role="listbox" data-testid="wikilink-menu" aria-label={t('editor.linkMenu')}>
                {options.map((option, i) => (
                  <li
                    key={option.key}
                    ref={option.setRefElement}
                    role="option"
                    aria-selected={selectedIndex === i}
                    className={`wikilink-option${selectedIndex === i ? ' selected' : ''}${option.isCreate ? ' create' : ''}`}
                    data-link-option={option.noteTitle}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => {
                      setHighlightedIndex(i);
                      selectOptionAndCleanUp(option);
                    }}
                  >
                    {option.isCreate ? (
                      <span className="wikilink-option-title">{t('editor.linkCreate', { title: option.noteTitle })}</span>
                    ) : (
                      <>
                        <span className="wikilink-option-title">
                          <Highlight text={option.noteTitle} positions={option.positions} />
                        </span>
                        {option.alias && <span className="wikilink-option-alias">{t('editor.linkAlias', { alias: option.alias })}</span>}
                        <span className="wikilink-option-domain">{option.target?.domainName}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>,
              anchor.current,
            )
          : null
      }
    />
  );
}
