// Renders an ImageNode; workspace attachments (attachments/<id>/<name>) are fetched through the API as data URLs.
import { useEffect, useState } from 'react';
import { api } from '../../../state/services';
import { attachmentIdOf } from '../markdown/attachment-src';

const cache = new Map<string, Promise<string>>();

function loadAttachment(id: string): Promise<string> {
  let hit = cache.get(id);
  if (!hit) {
    hit = api()
      .call('attachments.get', { id })
      .then((a) => `data:${a.mime};base64,${a.dataBase64}`);
    hit.catch(() => cache.delete(id));
    cache.set(id, hit);
  }
  return hit;
}

export function ImageView({ src, alt }: { src: string; alt: string }) {
  const attachmentId = attachmentIdOf(src);
  const [url, setUrl] = useState<string | null>(attachmentId ? null : src);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!attachmentId) return;
    let live = true;
    loadAttachment(attachmentId).then(
      (u) => live && setUrl(u),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attachmentId]);

  if (failed || !url) {
    return (
      <span className="editor-image-missing" data-image-src={src} title={src}>
        {alt || src}
      </span>
    );
  }
  return <img className="editor-image-img" src={url} alt={alt} data-image-src={src} draggable={false} />;
}
