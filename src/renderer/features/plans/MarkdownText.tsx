// Renders Markdown (template guidance) as React elements: text only, raw HTML is shown as text, links only http(s).
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { useMemo, type ReactNode } from 'react';

function render(node: Nodes, key: number | string): ReactNode {
  const kids = () => ('children' in node ? node.children.map((c, i) => render(c as Nodes, i)) : null);
  switch (node.type) {
    case 'root':
      return <>{kids()}</>;
    case 'paragraph':
      return <p key={key}>{kids()}</p>;
    case 'heading': {
      const level = Math.min(6, node.depth + 2);
      const H = `h${level}` as 'h3';
      return <H key={key}>{kids()}</H>;
    }
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{kids()}</em>;
    case 'strong':
      return <strong key={key}>{kids()}</strong>;
    case 'delete':
      return <del key={key}>{kids()}</del>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'list':
      return node.ordered ? <ol key={key}>{kids()}</ol> : <ul key={key}>{kids()}</ul>;
    case 'listItem':
      return <li key={key}>{kids()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{kids()}</blockquote>;
    case 'thematicBreak':
      return <hr key={key} />;
    case 'break':
      return <br key={key} />;
    case 'link':
      return /^https?:\/\//i.test(node.url) ? (
        <a key={key} href={node.url} target="_blank" rel="noopener noreferrer">
          {kids()}
        </a>
      ) : (
        <span key={key}>{kids()}</span>
      );
    case 'html':
      return node.value;
    default:
      return 'value' in node && typeof node.value === 'string' ? node.value : <span key={key}>{kids()}</span>;
  }
}

export function MarkdownText({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  const content = useMemo(() => render(fromMarkdown(text), 'root'), [text]);
  return (
    <div className={`markdown-text${className ? ` ${className}` : ''}`} data-testid={testId}>
      {content}
    </div>
  );
}
