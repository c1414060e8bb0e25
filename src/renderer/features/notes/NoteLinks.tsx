// Read-only list of a note's outgoing links; resolved ones open their target note.
import { useTranslation } from 'react-i18next';
import type { NoteLink } from '../../../common/api/types';
import { Icon } from '../../icons/Icon';
import { openNote } from '../../workbench/tab-actions';

export function NoteLinks({ links }: { links: NoteLink[] }) {
  const { t } = useTranslation();
  return (
    <section className="note-links" data-testid="note-links" aria-label={t('links.title')}>
      <h3 className="subheading">
        {t('links.title')} <span className="badge">{links.length}</span>
      </h3>
      {links.length === 0 && <p className="muted">{t('links.none')}</p>}
      <ul className="link-list">
        {links.map((link, i) => {
          const text = link.label && link.label !== link.targetTitle ? `${link.targetTitle} (${link.label})` : link.targetTitle;
          const heading = link.heading ? ` › ${link.heading}` : '';
          return (
            <li key={`${link.targetTitle}-${i}`}>
              {link.targetId ? (
                <button type="button" className="link-button" data-link-target={link.targetId} onClick={() => openNote(link.targetId!)}>
                  <Icon name="link" />
                  <span>
                    {text}
                    {heading}
                  </span>
                </button>
              ) : (
                <span className="link-unresolved" data-link-unresolved="true" title={t('links.unresolvedHint')}>
                  <Icon name="linkBroken" />
                  <span>
                    {text}
                    {heading}
                  </span>
                  <span className="chip chip-warning">{t('links.unresolved')}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
