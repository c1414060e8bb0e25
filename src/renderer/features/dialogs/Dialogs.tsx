// Shows the front dialog of the queue and resolves its promise when the user answers; also hosts the package export dialog.
import { useStore } from '../../state/store';
import { PackageExportDialogHost } from '../packages/export/ExportDialog';
import { AboutDialog } from './AboutDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { closeDialog, dialogs } from './dialog-store';
import { InputDialog } from './InputDialog';
import { SaveChangesDialog } from './SaveChangesDialog';

export function Dialogs() {
  return (
    <>
      <QueuedDialog />
      <PackageExportDialogHost />
    </>
  );
}

function QueuedDialog() {
  const front = useStore(dialogs, (s) => s.queue[0]);
  if (!front) return null;
  switch (front.kind) {
    case 'confirmSave':
      return (
        <SaveChangesDialog
          key={dialogKey(front)}
          name={front.name}
          onChoose={(choice) => {
            closeDialog(front);
            front.resolve(choice);
          }}
        />
      );
    case 'input':
      return (
        <InputDialog
          key={dialogKey(front)}
          options={front.options}
          onDone={(done) => {
            closeDialog(front);
            front.resolve(done);
          }}
        />
      );
    case 'confirm':
      return (
        <ConfirmDialog
          key={dialogKey(front)}
          options={front.options}
          onAnswer={(ok) => {
            closeDialog(front);
            front.resolve(ok);
          }}
        />
      );
    case 'about':
      return (
        <AboutDialog
          key={dialogKey(front)}
          onClose={() => {
            closeDialog(front);
            front.resolve();
          }}
        />
      );
  }
}

const keys = new WeakMap<object, number>();
let nextKey = 0;
function dialogKey(spec: object): number {
  let k = keys.get(spec);
  if (k === undefined) keys.set(spec, (k = ++nextKey));
  return k;
}
