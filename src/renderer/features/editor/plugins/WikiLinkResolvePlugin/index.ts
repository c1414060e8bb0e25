// Marks wikilink chips resolved or unresolved, asking the server about the links in this editor (DOM classes only).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useStore } from '../../../../state/store';
import { linkResolution, requestResolution } from '../../link-targets';
import { WikiLinkNode } from '../../nodes/WikiLinkNode';

export function WikiLinkResolvePlugin() {
  const [editor] = useLexicalComposerContext();
  const resolution = useStore(linkResolution, (s) => s);

  useEffect(() => {
    const mark = (el: HTMLElement | null) => {
      const target = el?.dataset.wikilink;
      if (!el || !target) return;
      const known = resolution.byTarget[target];
      el.dataset.linkState = !known ? 'unknown' : known.id ? 'resolved' : 'unresolved';
      if (known?.generation !== resolution.generation) requestResolution([target]);
    };
    const markAll = () => editor.getRootElement()?.querySelectorAll<HTMLElement>('[data-wikilink]').forEach(mark);
    markAll();
    return editor.registerMutationListener(
      WikiLinkNode,
      (mutations) => {
        for (const [key, kind] of mutations) if (kind !== 'destroyed') mark(editor.getElementByKey(key));
      },
      { skipInitialization: false },
    );
  }, [editor, resolution]);
  return null;
}
