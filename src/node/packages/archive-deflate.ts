// Raw-deflates archive entries for archive-writer on two threads: a worker from the front of the queue, this one from the back.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { deflateRawSync, type ZlibOptions } from 'node:zlib';

/**
 * Deflate options for one entry. Level 1 deflates this text ~2x faster than level 6 for ~10% more bytes; an output
 * chunk just over the input size spares zlib its default 16 KB chunk per entry (most entries are a few KB); the
 * window and hash are cut to the entry's size (a raw deflate with a smaller window is read by any inflater).
 */
export function deflateOptions(size: number): ZlibOptions {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(size + 262))));
  return { level: 1, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 6)), chunkSize: Math.min(Math.max(1024, size + 1024), 64 * 1024) };
}

/** Queued bytes from which a worker is worth starting (it costs a few tens of ms). */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;
/** Bytes per batch handed to the worker, and deflated here between two turns of the event loop. */
const BATCH_BYTES = 512 * 1024;
const MAX_IN_FLIGHT = 8;

/** Plain CommonJS run by the worker: deflates each slice of one transferred buffer, answers with one buffer and the lengths. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
parentPort.on('message', ({ id, data, ends, options }) => {
  const input = Buffer.from(data);
  const outs = [];
  let start = 0;
  let total = 0;
  for (let i = 0; i < ends.length; i++) {
    const out = deflateRawSync(input.subarray(start, ends[i]), options[i]);
    outs.push(out);
    total += out.length;
    start = ends[i];
  }
  const joined = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const out of outs) at += out.copy(joined, at);
  parentPort.postMessage({ id, data: joined.buffer, lengths: outs.map((o) => o.length) }, [joined.buffer]);
});
`;

/**
 * A queue of buffers to raw-deflate. Once enough bytes are queued, a worker thread starts on them from the front
 * while the caller goes on (rendering more entries, say); finish() then deflates what is left from the back on this
 * thread until the two meet. If the worker cannot start or fails, this thread does its share. Results are by identity
 * of the added buffer (never mutate a buffer after adding it).
 */
export class EntryDeflater {
  private readonly inputs: Buffer[] = [];
  private readonly out: (Buffer | undefined)[] = [];
  private readonly index = new Map<Buffer, number>();
  private queuedBytes = 0;
  /** Bytes of the entries from `front` to `back` (taken by neither thread yet). */
  private untaken = 0;
  /** Next index the worker takes (upwards); finish() takes from the end downwards while `front <= back`. */
  private front = 0;
  private back = -1;
  private worker: Worker | null = null;
  private failed = false;
  private readonly pending = new Map<number, number[]>();
  private nextId = 0;
  private wake: (() => void) | null = null;
  /** How many entries the worker deflated (the rest were done on this thread). */
  workerEntries = 0;

  add(data: Buffer): void {
    if (this.index.has(data)) return;
    this.index.set(data, this.inputs.length);
    this.inputs.push(data);
    this.back = this.inputs.length - 1;
    this.queuedBytes += data.length;
    this.untaken += data.length;
    if (!this.worker && !this.failed && this.queuedBytes >= WORKER_MIN_BYTES) this.start();
    // Several batches in flight: this thread only notices finished ones when it yields (every few MB rendered).
    if (this.pending.size < MAX_IN_FLIGHT) this.feed();
  }

  /** Deflates everything not deflated yet; the result of each added buffer is then deflated(buffer). */
  async finish(cancelled: () => boolean): Promise<void> {
    // Unreferenced while entries are added (an abandoned deflater never holds the process open); waited on now.
    this.worker?.ref();
    try {
      while (this.front <= this.back) {
        if (cancelled()) return;
        let bytes = 0;
        while (this.front <= this.back && bytes < BATCH_BYTES) {
          bytes += this.inputs[this.back].length;
          this.untaken -= this.inputs[this.back].length;
          this.here(this.back--);
        }
        // Lets the worker's answers in, which hand it the next batch.
        if (this.worker) await yieldToLoop();
      }
      while (this.pending.size && !this.failed && !cancelled()) await new Promise<void>((resolve) => (this.wake = resolve));
      if (this.failed) for (const indexes of this.pending.values()) for (const i of indexes) if (!this.out[i]) this.here(i);
      this.pending.clear();
    } finally {
      await this.close();
    }
  }

  /** The raw deflate of an added buffer, after finish(). */
  deflated(data: Buffer): Buffer | undefined {
    const i = this.index.get(data);
    return i === undefined ? undefined : this.out[i];
  }

  /** Stops the worker (finish() does; call it when giving up before finish). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate().catch(() => undefined);
  }

  private here(i: number): void {
    this.out[i] = deflateRawSync(this.inputs[i], deflateOptions(this.inputs[i].length));
  }

  private start(): void {
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.unref();
      worker.on('message', (m: { id: number; data: ArrayBuffer; lengths: number[] }) => this.received(m));
      worker.on('error', () => this.fail());
      worker.on('exit', () => {
        if (this.pending.size) this.fail();
      });
      this.worker = worker;
    } catch {
      this.failed = true;
    }
  }

  private fail(): void {
    this.failed = true;
    this.worker = null;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private received(m: { id: number; data: ArrayBuffer; lengths: number[] }): void {
    const indexes = this.pending.get(m.id);
    if (!indexes) return;
    this.pending.delete(m.id);
    const result = Buffer.from(m.data);
    this.workerEntries += indexes.length;
    let at = 0;
    indexes.forEach((i, k) => {
      this.out[i] = result.subarray(at, at + m.lengths[k]);
      at += m.lengths[k];
    });
    this.feed();
    this.notify();
  }

  /** Posts the next full batch from the front to the worker (what is left of a batch is done by finish()). */
  private feed(): void {
    if (!this.worker || this.failed || this.untaken < BATCH_BYTES) return;
    let bytes = 0;
    let end = this.front;
    while (end <= this.back && bytes < BATCH_BYTES) bytes += this.inputs[end++].length;
    if (bytes < BATCH_BYTES) return;
    const indexes: number[] = [];
    for (let i = this.front; i < end; i++) indexes.push(i);
    this.front = end;
    this.untaken -= bytes;
    const data = new ArrayBuffer(bytes);
    const view = Buffer.from(data);
    const ends: number[] = [];
    let at = 0;
    for (const i of indexes) {
      at += this.inputs[i].copy(view, at);
      ends.push(at);
    }
    const id = this.nextId++;
    this.pending.set(id, indexes);
    this.worker.postMessage({ id, data, ends, options: indexes.map((i) => deflateOptions(this.inputs[i].length)) }, [data]);
  }
}
