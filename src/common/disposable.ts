// Disposables: every registration (command, listener, subscription) returns one.

export interface Disposable {
  dispose(): void;
}

export function toDisposable(fn: () => void): Disposable {
  let done = false;
  return {
    dispose() {
      if (done) return;
      done = true;
      fn();
    },
  };
}

export function combineDisposables(items: Disposable[]): Disposable {
  return toDisposable(() => {
    for (const item of items.splice(0)) item.dispose();
  });
}
