// A backlink's or mention's context snippet (plain text from the service) with its «link» or «mention» shown as <mark>.
import { Fragment } from 'react';

export function LinkSnippet({ text }: { text: string }) {
  const parts = text.split(/(«[^«»]*»)/g).filter(Boolean);
  return (
    <span className="link-snippet">
      {parts.map((p, i) => (p.startsWith('«') && p.endsWith('»') ? <mark key={i}>{p.slice(1, -1)}</mark> : <Fragment key={i}>{p}</Fragment>))}
    </span>
  );
}
