// Renders an ImageNode; workspace attachments (attachments/<id>/<name>) are fetched through the API as data URLs.
// Any other source is shown as an <img> only when it is an inline data:image/… URL: a note (imported from a package,
// say) never makes the workbench request an outside URL, so it cannot track who opened it.
import { useEffect, useState } from 'react';
import { api } from '../../../state/services';
import { attachmentIdOf } from '../markdown/attachment-src';

const cache = new Map<string, Promise<string>>();

/** Inline image data the browser decodes without any request (an SVG in <img> never runs its scripts). */
const INLINE_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;
/** An attachment's stored type (from a package, untrusted) is used only when it is a plain image type. */
const IMAGE_MIME = /^image\/[a-z0-9.+-]+$/i;

function loadAttachment(id: string): Promise<string> {
  let hit = cache.get(id);
  if (!hit) {
    hit = api()
      .call('attachments.get', { id })
      .then((a) => `data:${IMAGE_MIME.test(a.mime) ? a.mime : 'application/octet-stream'};base64,${a.dataBase64}`);
    hit.catch(() => cache.delete(id));
    cache.set(id, hit);
  }
  return hit;
}

export function ImageView({ src, alt }: { src: string; alt: string }) {
  const attachmentId = attachmentIdOf(src);
  const [url, setUrl] = useState<string | null>(attachmentId ? null : INLINE_IMAGE.test(src) ? src : null);
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
