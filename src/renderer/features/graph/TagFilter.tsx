// The graph toolbar's tag filter: chosen tags as removable chips, and an input suggesting the tags in use (any matches).
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../state/services';
import { suggestTags, typedTag, type TagCount } from './tag-suggestions';

export function TagFilter({ tags, onChange }: { tags: readonly string[]; onChange(tags: string[]): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [all, setAll] = useState<TagCount[] | null>(null);
  const loading = useRef(false);
  const listId = useId();
  const suggestions = useMemo(() => (all ? suggestTags(all, text, tags) : []), [all, text, tags]);

  // Tags in use with their counts, fetched once when the input is first focused.
  const load = () => {
    if (all || loading.current) return;
    loading.current = true;
    api()
      .call('notes.tags', {})
      .then(
        (counts) => setAll(counts),
        () => setAll([]),
      );
  };
  // Typed text may hold several tags separated by spaces or commas.
  const add = (raw: string) => {
    const next = [...tags];
    for (const part of raw.split(/[\s,]+/)) {
      const tag = typedTag(part);
      if (tag && !next.includes(tag)) next.push(tag);
    }
    if (next.length !== tags.length) onChange(next);
    setText('');
    setActive(0);
    // The list closes so the filtered graph shows; typing, a click or an arrow key opens it again.
    setOpen(false);
  };
  const remove = (tag: string) => onChange(tags.filter((x) => x !== tag));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = suggestions.length;
      if (n) setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = open ? suggestions[active] : undefined;
      add(pick ? pick.tag : text);
    } else if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      remove(tags[tags.length - 1]);
    }
  };

  const expanded = open && suggestions.length > 0;
  return (
    <div className="graph-tags" data-testid="graph-tags" role="group" aria-label={t('graph.tags')}>
      {tags.map((tag) => (
        <span key={tag} className="chip graph-tag-chip" data-testid="graph-tag-chip" data-tag={tag}>
          #{tag}
          <button type="button" className="graph-tag-remove" aria-label={t('graph.removeTag', { tag })} title={t('graph.removeTag', { tag })} onClick={() => remove(tag)}>
            ×
          </button>
        </span>
      ))}
      <div className="graph-tag-combo">
        <input
          type="text"
          className="text-input"
          role="combobox"
          aria-label={t('graph.tagFilter')}
          title={t('graph.tagsAny')}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
          data-testid="graph-tag-input"
          placeholder={tags.length ? t('graph.addTag') : t('graph.tagFilter')}
          value={text}
          onFocus={() => {
            load();
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {expanded && (
          <ul className="graph-tag-suggestions" id={listId} role="listbox" data-testid="graph-tag-suggestions">
            {suggestions.map((s, i) => (
              <li
                key={s.tag}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                data-tag={s.tag}
                onMouseEnter={() => setActive(i)}
                // mousedown, not click: the input keeps focus and the list does not close first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(s.tag);
                }}
              >
                <span>#{s.tag}</span>
                <span className="muted">{s.count}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
