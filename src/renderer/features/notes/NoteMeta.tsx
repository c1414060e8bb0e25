// The meta line under a note's title: domain, kind, stage, tags, authors and last update.
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../common/api/types';
import { Icon } from '../../icons/Icon';
import { formatDateTime } from '../../i18n/format';
import { data } from '../../state/data-store';
import { useStore } from '../../state/store';

export function NoteMeta({ note }: { note: Note }) {
  const { t, i18n } = useTranslation();
  const domains = useStore(data, (s) => s.domains);
  const members = useStore(data, (s) => s.members);
  const domain = domains?.find((d) => d.id === note.domainId);
  const authors = note.authorIds.map((a) => members?.find((m) => m.id === a)?.name ?? a);
  return (
    <div className="note-meta" data-testid="note-meta">
      <span className="meta-item" data-meta="domain" title={t('meta.domain')}>
        <Icon name="domain" />
        {domain?.name ?? note.domainId}
      </span>
      <span className="meta-item chip" data-meta="kind" title={t('meta.kind')}>
        {t(`kinds.${note.kind}`)}
      </span>
      <span className={`meta-item chip stage stage-${note.stage}`} data-meta="stage" title={t('meta.stage')}>
        {t(`stages.${note.stage}`)}
      </span>
      {note.tags.length > 0 && (
        <span className="meta-item" data-meta="tags" title={t('meta.tags')}>
          <Icon name="tag" />
          {note.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </span>
      )}
      {authors.length > 0 && (
        <span className="meta-item" data-meta="authors" title={t('meta.authors')}>
          <Icon name="person" />
          {authors.join(', ')}
        </span>
      )}
      <span className="meta-item" data-meta="updated" title={t('meta.updated')}>
        <Icon name="calendar" />
        {t('meta.updatedAt', { date: formatDateTime(note.updatedAt, i18n.language) })}
      </span>
    </div>
  );
}
