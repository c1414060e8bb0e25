// WikiLinkNode: an atomic text chip for [[Target]] / [[Target|label]]; keeps the raw target so Markdown round-trips exactly.
import { $applyNodeReplacement, TextNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';

export type SerializedWikiLinkNode = Spread<{ target: string; label: string | null }, SerializedTextNode>;

export class WikiLinkNode extends TextNode {
  __target: string;
  __label: string | null;

  static override getType(): string {
    return 'wikilink';
  }

  static override clone(node: WikiLinkNode): WikiLinkNode {
    return new WikiLinkNode(node.__target, node.__label, node.__key);
  }

  constructor(target: string, label: string | null = null, key?: NodeKey) {
    super(label ?? target, key);
    this.__target = target;
    this.__label = label;
  }

  /** The text written inside [[ ]] before any "|": "Title", "Title#Heading" or "Domain/Title". */
  getTarget(): string {
    return this.getLatest().__target;
  }

  getLabel(): string | null {
    return this.getLatest().__label;
  }

  /** The Markdown form, exactly as it was written. */
  toMarkdown(): string {
    const label = this.getLabel();
    return label === null ? `[[${this.getTarget()}]]` : `[[${this.getTarget()}|${label}]]`;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('wikilink');
    dom.dataset.wikilink = this.__target;
    dom.setAttribute('role', 'link');
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const changed = super.updateDOM(prevNode, dom, config);
    dom.dataset.wikilink = this.__target;
    return changed;
  }

  static override importJSON(json: SerializedWikiLinkNode): WikiLinkNode {
    return $createWikiLinkNode(json.target, json.label).updateFromJSON(json);
  }

  override exportJSON(): SerializedWikiLinkNode {
    return { ...super.exportJSON(), type: 'wikilink', target: this.getTarget(), label: this.getLabel() };
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createWikiLinkNode(target: string, label: string | null = null): WikiLinkNode {
  return $applyNodeReplacement(new WikiLinkNode(target, label)).setMode('token');
}

export function $isWikiLinkNode(node: LexicalNode | null | undefined): node is WikiLinkNode {
  return node instanceof WikiLinkNode;
}
