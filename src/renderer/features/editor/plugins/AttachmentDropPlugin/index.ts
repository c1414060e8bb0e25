// Drag-and-drop and paste of files: stored with attachments.add, inserted as an image or a link to the attachment.
import { $createLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTextNode, $getSelection, $insertNodes, $isRangeSelection, COMMAND_PRIORITY_HIGH, DROP_COMMAND, PASTE_COMMAND, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { api } from '../../../../state/services';
import { reportError } from '../../../notifications/report-error';
import { log } from '../../../output/output-log';
import { attachmentSrc } from '../../markdown/attachment-src';
import { $createImageNode } from '../../nodes/ImageNode';
import { readFileBase64 } from './read-file';

function filesOf(data: DataTransfer | null): File[] {
  return data ? Array.from(data.files) : [];
}

export function AttachmentDropPlugin({ noteId }: { noteId: string }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const upload = async (files: File[]) => {
      const nodes: { src: string; name: string; image: boolean }[] = [];
      for (const file of files) {
        try {
          const dataBase64 = await readFileBase64(file);
          const att = await api().call('attachments.add', { noteId, fileName: file.name || 'pasted.png', dataBase64 });
          nodes.push({ src: attachmentSrc(att.id, att.fileName), name: att.fileName, image: att.mime.startsWith('image/') });
          log('info', 'output.attached', { name: att.fileName });
        } catch (err) {
          reportError(err, 'errors.attach', { name: file.name });
        }
      }
      if (nodes.length === 0) return;
      editor.update(() => {
        const created: LexicalNode[] = nodes.map((n) => {
          if (n.image) return $createImageNode(n.src, n.name);
          const link = $createLinkNode(n.src);
          link.append($createTextNode(n.name));
          return link;
        });
        if (!$isRangeSelection($getSelection())) editor.focus();
        $insertNodes(created);
      });
    };

    const take = (data: DataTransfer | null, event: Event): boolean => {
      const files = filesOf(data);
      if (files.length === 0) return false;
      event.preventDefault();
      void upload(files);
      return true;
    };

    const offDrop = editor.registerCommand(DROP_COMMAND, (e: DragEvent) => take(e.dataTransfer, e), COMMAND_PRIORITY_HIGH);
    const offPaste = editor.registerCommand(
      PASTE_COMMAND,
      (e) => (e instanceof ClipboardEvent ? take(e.clipboardData, e) : false),
      COMMAND_PRIORITY_HIGH,
    );
    return () => {
      offDrop();
      offPaste();
    };
  }, [editor, noteId]);
  return null;
}
