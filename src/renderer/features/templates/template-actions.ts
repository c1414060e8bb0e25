// Template actions: open in a tab, new from scratch, duplicate, import a file, export, validate and save.
import type { TemplateIssue, Template } from '../../../common/templates/template-types';
import { i18n } from '../../i18n/i18n';
import { api } from '../../state/services';
import { makeTabId } from '../../state/tabs';
import { openTab } from '../../state/workbench-store';
import { askInput } from '../dialogs/dialog-store';
import { errorParts, reportError } from '../notifications/report-error';
import { notify } from '../notifications/notifications';
import { downloadText } from '../plans/download';
import { blankTemplate } from './template-draft';
import { loadTemplate, loadTemplates, setDraft, templateDrafts, templateList } from './templates-store';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function openTemplate(id: string): void {
  openTab(makeTabId('template', id));
  void loadTemplate(id);
}

function takenIds(): string[] {
  return [...(templateList.get().items ?? []).map((t) => t.id), ...Object.keys(templateDrafts.get().byId)];
}

function checkNewId(value: string): string | null {
  if (!SLUG.test(value)) return 'templates.badId';
  if (takenIds().includes(value)) return 'templates.idTaken';
  return null;
}

/** Asks for an id, then opens a blank template (saved on the first Save). */
export async function createNewTemplate(): Promise<void> {
  await askInput({
    titleKey: 'templates.newTitle',
    promptKey: 'templates.idPrompt',
    placeholderKey: 'templates.idPlaceholder',
    okKey: 'templates.create',
    submit: async (raw) => {
      const value = raw.trim();
      const bad = checkNewId(value);
      if (bad) return i18n.t(bad);
      setDraft(value, { status: 'ready', template: blankTemplate(value), saved: false, readOnly: false, dirty: true, error: null });
      openTab(makeTabId('template', value));
      return null;
    },
  });
}

export async function duplicateTemplate(source: string): Promise<void> {
  await askInput({
    titleKey: 'templates.duplicateTitle',
    promptKey: 'templates.idPrompt',
    placeholderKey: 'templates.idPlaceholder',
    okKey: 'templates.duplicate',
    initialValue: `${source}-copy`,
    submit: async (raw) => {
      const value = raw.trim();
      const bad = checkNewId(value);
      if (bad) return i18n.t(bad);
      try {
        await api().call('templates.duplicate', { id: source, newId: value });
      } catch (err) {
        return errorParts(err).message;
      }
      await loadTemplates();
      openTemplate(value);
      return null;
    },
  });
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.dataset.testid = 'template-import-input';
    input.style.display = 'none';
    input.onchange = () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    };
    document.body.appendChild(input);
    input.click();
  });
}

export async function importTemplateText(json: string): Promise<void> {
  try {
    const summary = await api().call('templates.import', { json });
    await loadTemplates();
    notify('info', 'templates.imported', { name: summary.name.en });
    openTemplate(summary.id);
  } catch (err) {
    reportError(err, 'errors.importTemplate');
  }
}

export async function importTemplateFile(): Promise<void> {
  const file = await pickFile();
  if (file) await importTemplateText(await file.text());
}

export async function exportTemplate(id: string): Promise<void> {
  try {
    const r = await api().call('templates.export', { id });
    downloadText(r.fileName, 'application/json', r.json);
  } catch (err) {
    reportError(err, 'errors.exportTemplate');
  }
}

export async function validateTemplate(template: Template): Promise<TemplateIssue[]> {
  const r = await api().call('templates.validate', { template });
  return r.issues;
}

/** Validates, then saves; returns the issues (empty when saved). */
export async function saveTemplate(id: string, template: Template): Promise<TemplateIssue[]> {
  const issues = await validateTemplate(template);
  if (issues.length > 0) return issues;
  try {
    await api().call('templates.save', { template });
  } catch (err) {
    const { code, message } = errorParts(err);
    return [{ path: code, message }];
  }
  setDraft(id, { status: 'ready', template, saved: true, readOnly: false, dirty: false, error: null });
  await loadTemplates();
  await loadTemplate(id, true);
  return [];
}

export async function deleteTemplate(id: string): Promise<boolean> {
  try {
    await api().call('templates.delete', { id });
    await loadTemplates();
    return true;
  } catch (err) {
    reportError(err, 'errors.deleteTemplate');
    return false;
  }
}
