// A search snippet with the service's «matched» markers rendered as <mark>.
import { Fragment } from 'react';

export function SearchSnippet({ text }: { text: string }) {
  const parts = text.split(/(«[^«»]*»)/g).filter(Boolean);
  return (
    <span className="search-snippet">
      {parts.map((p, i) => (p.startsWith('«') && p.endsWith('»') ? <mark key={i}>{p.slice(1, -1)}</mark> : <Fragment key={i}>{p}</Fragment>))}
    </span>
  );
}
