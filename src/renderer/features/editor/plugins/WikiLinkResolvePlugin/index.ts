// Marks wikilink chips resolved or unresolved against the known link targets (DOM classes only, no state change).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useStore } from '../../../../state/store';
import { linkTargets, loadLinkTargets, resolvesTo } from '../../link-targets';
import { WikiLinkNode } from '../../nodes/WikiLinkNode';

export function WikiLinkResolvePlugin() {
  const [editor] = useLexicalComposerContext();
  const targets = useStore(linkTargets, (s) => s.items);

  useEffect(() => {
    if (!targets) void loadLinkTargets();
  }, [targets]);

  useEffect(() => {
    const mark = (el: HTMLElement | null) => {
      if (!el?.dataset.wikilink) return;
      const state = !targets ? 'unknown' : resolvesTo(targets, el.dataset.wikilink) ? 'resolved' : 'unresolved';
      el.dataset.linkState = state;
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
  }, [editor, targets]);
  return null;
}
