// The key a graph view's layout is remembered under: one per global filter combination, one per local note and depth.
import { hash } from './graph-style';

export interface GlobalFilters {
  domainId: string;
  kind: string;
  stage: string;
  tags: readonly string[];
}

/** The service accepts layout scopes of at most 300 characters; longer tag lists are folded into a hash. */
const MAX_SCOPE = 300;

/** "global:all" unfiltered; kind, stage and the sorted tags are appended when any of them is set. */
export function globalLayoutScope({ domainId, kind, stage, tags }: GlobalFilters): string {
  const base = `global:${domainId || 'all'}`;
  if (!kind && !stage && tags.length === 0) return base;
  const withKindStage = `${base}:${kind}:${stage}`;
  if (tags.length === 0) return withKindStage;
  const tagList = [...new Set(tags)].sort().join(',');
  const full = `${withKindStage}:tags=${tagList}`;
  return full.length <= MAX_SCOPE ? full : `${withKindStage}:tags#${hash(tagList).toString(36)}-${tagList.length}`;
}

export function localLayoutScope(noteId: string, depth: number): string {
  return `local:${noteId}:${depth}`;
}
