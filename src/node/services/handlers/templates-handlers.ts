// Handlers of the templates API methods (src/common/api/methods/templates.ts): built-in and custom planning templates.
import type { ApiHandlers } from '../../../common/api/contract';
import type { TEMPLATES_API } from '../../../common/api/methods/templates';
import { validateTemplate, validateTemplateJson } from '../../../common/templates/validate-template';
import { loadBuiltinTemplates } from '../../templates/builtin-templates';
import { TemplateRegistry } from '../../templates/template-registry';
import type { HandlerContext } from '../api-handlers';

export function createTemplatesHandlers(ctx: HandlerContext): Pick<ApiHandlers, keyof typeof TEMPLATES_API> {
  const registry = new TemplateRegistry({
    db: ctx.db,
    builtins: loadBuiltinTemplates(),
    now: () => ctx.clock().toISOString(),
    onChange: (change) => ctx.events.emit('templates.changed', change),
  });

  return {
    async 'templates.list'() {
      return registry.list();
    },
    async 'templates.get'({ id, version }) {
      return registry.get(id, version);
    },
    async 'templates.validate'({ template, json }) {
      const result = json !== undefined ? validateTemplateJson(json) : validateTemplate(template);
      return { ok: result.ok, issues: result.issues };
    },
    async 'templates.save'({ template }) {
      return registry.save(template);
    },
    async 'templates.duplicate'({ id, newId, name }) {
      return registry.duplicate(id, newId, name);
    },
    async 'templates.delete'({ id }) {
      registry.delete(id);
      return null;
    },
    async 'templates.import'({ json, replace }) {
      return registry.import(json, replace);
    },
    async 'templates.export'({ id }) {
      return registry.export(id);
    },
  };
}
