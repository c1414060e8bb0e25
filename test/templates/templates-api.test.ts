// The templates API through the services dispatcher: input validation, events, and the handlers' wiring.
import { describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/node/transport/in-process';
import { demoWorkspace, openServices } from '../helpers/workspace';
import { useTempDirs } from '../helpers/temp-dir';
import { builtinCopy } from './template-fixtures';

const tempDir = useTempDirs();

describe('templates API', () => {
  it('validates, saves, duplicates, deletes and emits templates.changed', async () => {
    const services = openServices(demoWorkspace(tempDir('copw-tpl-api')));
    const events: unknown[] = [];
    services.subscribe((event, payload) => {
      if (event === 'templates.changed') events.push(payload);
    });
    try {
      const api = createInProcessClient(services);
      const bad = builtinCopy();
      bad.phases[0].gate.outputs = ['charter'];
      const v = await api.call('templates.validate', { template: bad });
      expect(v).toEqual({ ok: false, issues: [{ path: 'phases[0].gate.outputs[0]', message: 'Unknown output "charter": phase "discovery" has no such output' }] });
      expect((await api.call('templates.validate', { json: JSON.stringify(builtinCopy()) })).ok).toBe(true);
      await expect(api.call('templates.validate', {})).rejects.toMatchObject({ code: 'INVALID_INPUT' });

      const copy = await api.call('templates.duplicate', { id: 'library-cop-5d', newId: 'circulation-5d' });
      copy.description.en = 'Our circulation desk plan';
      const saved = await api.call('templates.save', { template: copy });
      expect(saved).toMatchObject({ id: 'circulation-5d', version: 2, source: 'custom' });
      expect((await api.call('templates.get', { id: 'circulation-5d', version: 1 })).description.en).not.toBe('Our circulation desk plan');
      await api.call('templates.delete', { id: 'circulation-5d' });
      await expect(api.call('templates.get', { id: 'circulation-5d' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(api.call('templates.duplicate', { id: 'library-cop-5d', newId: 'Bad Id' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect(events).toEqual([
        { id: 'circulation-5d', change: 'created' },
        { id: 'circulation-5d', change: 'updated' },
        { id: 'circulation-5d', change: 'deleted' },
      ]);
      const list = await api.call('templates.list', {});
      expect(list.find((t) => t.id === 'library-cop-5d')?.source).toBe('builtin');
      expect(list.some((t) => t.id === 'circulation-5d')).toBe(false);
    } finally {
      services.close();
    }
  });
});
