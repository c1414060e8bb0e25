// Loading a note's Markdown body into the editor and reading it back.
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { NOTE_TRANSFORMERS } from './transformers';

/** Replaces the editor content with the Markdown body (call inside editor.update). */
export function $loadMarkdown(body: string): void {
  $convertFromMarkdownString(body.replace(/\r\n?/g, '\n'), NOTE_TRANSFORMERS, undefined, true);
}

/** The editor content as Markdown (call inside editor.read / getEditorState().read). */
export function $readMarkdown(): string {
  return $convertToMarkdownString(NOTE_TRANSFORMERS, undefined, true);
}
