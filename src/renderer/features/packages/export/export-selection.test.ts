// The export form's pure helpers: tags parsing, form → selection (plan, current note, depth clamp, exclusions), default title, sizes.
import { describe, expect, it } from 'vitest';
import type { ExportPreview } from '../../../../common/api/methods/packages';
import { defaultTitle, emptyForm, estimateTotals, formatBytes, isEmptySelection, parseTags, previewTotals, toSelection, toggled } from './export-selection';

describe('export selection helpers', () => {
  it('parses a comma list of tags without #, blanks or repeats', () => {
    expect(parseTags(' fines, #holds/students ,, fines,##x ')).toEqual(['fines', 'holds/students', 'x']);
    expect(parseTags('')).toEqual([]);
  });

  it('turns the form into the API selection', () => {
    const form = { ...emptyForm(['d1']), tags: 'a, b', kinds: ['story'], stages: ['share'], planId: 'p1', currentNoteId: 'n9', depth: 7, includeAttachments: false };
    expect(toSelection(form, ['n2'])).toEqual({
      domainIds: ['d1'],
      tags: ['a', 'b'],
      kinds: ['story'],
      stages: ['share'],
      planIds: ['p1'],
      noteIds: ['n9'],
      depth: 3,
      includeAttachments: false,
      excludedNoteIds: ['n2'],
    });
    expect(toSelection(emptyForm()).planIds).toEqual([]);
    expect(toSelection({ ...emptyForm(), depth: -2 }).depth).toBe(0);
  });

  it('knows when nothing is chosen (exclusions and options alone choose nothing)', () => {
    expect(isEmptySelection(toSelection({ ...emptyForm(), depth: 2, sign: true }, ['x']))).toBe(true);
    expect(isEmptySelection(toSelection({ ...emptyForm(), tags: ' , ' }))).toBe(true);
    expect(isEmptySelection(toSelection({ ...emptyForm(), stages: ['apply'] }))).toBe(false);
    expect(isEmptySelection(toSelection({ ...emptyForm(), currentNoteId: 'n1' }))).toBe(false);
  });

  it('proposes a title from the domains, else the plan, else the note', () => {
    expect(defaultTitle(['Circulation', 'Shelving'], 'Plan', 'Note')).toBe('Circulation, Shelving');
    expect(defaultTitle([], 'Plan', 'Note')).toBe('Plan');
    expect(defaultTitle([], null, 'Note')).toBe('Note');
    expect(defaultTitle([], null, null)).toBe('');
  });

  it('toggles list members and formats sizes in the UI language', () => {
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a'], 'a', true)).toEqual(['a']);
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1536, 'id')).toBe('1,5 KB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
  });

  it('estimates the totals after exclusions from the preview without them (notes, their attachments, bytes)', () => {
    const preview: ExportPreview = {
      notes: [
        { id: 'a', title: 'A', domainId: 'd', kind: 'story', bytes: 100, reason: 'selected' },
        { id: 'b', title: 'B', domainId: 'd', kind: 'story', bytes: 200, reason: 'linked' },
      ],
      attachments: [{ id: 'x', noteId: 'b', fileName: 'x.png', size: 1000 }],
      members: [{ id: 'm', name: 'M', fields: ['name'] }],
      domains: [{ id: 'd', name: 'D' }],
      plans: [],
      templates: [],
      totalBytes: 1500,
    };
    expect(previewTotals(preview)).toEqual({ notes: 2, attachments: 1, members: 1, domains: 1, plans: 0, templates: 0, bytes: 1500 });
    expect(estimateTotals(preview, new Set(['b', 'gone']))).toEqual({ notes: 1, attachments: 0, members: 1, domains: 1, plans: 0, templates: 0, bytes: 300 });
    expect(estimateTotals(preview, new Set())).toEqual(previewTotals(preview));
  });
});
