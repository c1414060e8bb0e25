// Window-wide drag-and-drop of .copkg files: a capture-phase drop listener takes packages before the note editor's
// attachment drop sees them (other files keep their behaviour); `onDragging` drives the drop overlay.
import { toDisposable, type Disposable } from '../../../../common/disposable';
import { isPackageFileName } from './import-actions';

function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/** How long after the last dragover the overlay stays up (dragleave alone is unreliable across child elements). */
const DRAG_IDLE_MS = 350;

export function installPackageDrop(target: Window, onPackages: (files: File[]) => void, onDragging: (dragging: boolean) => void): Disposable {
  let idle: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (idle) clearTimeout(idle);
    idle = null;
    onDragging(false);
  };
  const over = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    onDragging(true);
    if (idle) clearTimeout(idle);
    idle = setTimeout(stop, DRAG_IDLE_MS);
  };
  // Bubble phase: where nothing else accepts the files, accept them here so a dropped package reaches `drop`
  // (and a stray file never makes the browser navigate away from the workbench).
  const allowDrop = (e: DragEvent) => {
    if (!carriesFiles(e) || e.defaultPrevented) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const drop = (e: DragEvent) => {
    stop();
    const files = Array.from(e.dataTransfer?.files ?? []);
    const packages = files.filter((f) => isPackageFileName(f.name));
    if (packages.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    onPackages(packages);
  };
  const ignoreUnhandled = (e: DragEvent) => {
    if (carriesFiles(e) && !e.defaultPrevented) e.preventDefault();
  };
  const leave = (e: DragEvent) => {
    if (e.relatedTarget === null && carriesFiles(e)) stop();
  };
  target.addEventListener('dragenter', over, true);
  target.addEventListener('dragover', over, true);
  target.addEventListener('dragover', allowDrop);
  target.addEventListener('dragleave', leave, true);
  target.addEventListener('drop', drop, true);
  target.addEventListener('drop', ignoreUnhandled);
  target.addEventListener('dragend', stop, true);
  return toDisposable(() => {
    stop();
    target.removeEventListener('dragenter', over, true);
    target.removeEventListener('dragover', over, true);
    target.removeEventListener('dragover', allowDrop);
    target.removeEventListener('dragleave', leave, true);
    target.removeEventListener('drop', drop, true);
    target.removeEventListener('drop', ignoreUnhandled);
    target.removeEventListener('dragend', stop, true);
  });
}
