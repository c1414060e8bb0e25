// Clicking a wikilink chip follows it (notes.openLink creates a missing target in the source's domain).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

export function WikiLinkClickPlugin({ onFollow }: { onFollow(target: string): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const el = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-wikilink]') : null;
      if (!el?.dataset.wikilink) return;
      e.preventDefault();
      onFollow(el.dataset.wikilink);
    };
    return editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor, onFollow]);
  return null;
}
