import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies a WAL file's committed pages back into its database from a thread of its own, so the
 * thread that serves API calls never waits on the disk.
 *
 * SQLite commits append the changed pages to the WAL; a checkpoint copies them into the
 * database and syncs both files (with `synchronous = NORMAL`, the only syncs there are). By
 * default the connection that commits runs the checkpoint once the WAL passes 1,000 pages: that
 * is, every few dozen calls one call also waits for two syncs, which on a loaded disk cost
 * more than everything else the call does. Here a second connection, on a worker thread, runs
 * a passive checkpoint (it never blocks a writer or a reader) every {@link INTERVAL_MS}; the
 * store's own automatic checkpoint stays as a bound, far above what the worker leaves.
 * Durability is unchanged: commits reach the WAL as before, and the syncs still happen at
 * each checkpoint.
 */
export interface WalCheckpointer {
  /** Stops the worker after its current checkpoint and closes its connection (synchronous). */
  stop(): void;
}

/** How often the worker checkpoints; one with nothing new to copy costs nothing. */
const INTERVAL_MS = 20;
/** How long `stop` waits for the worker's last checkpoint before leaving it to exit alone. */
const STOP_TIMEOUT_MS = 5_000;

// The control words: [0] is the worker's state, [1] becomes 1 once the worker's connection is
// closed. A worker that is still starting when the store closes never opens its connection, so
// closing never waits for a thread to boot.
const STARTING = 0;
const RUNNING = 1;
const STOPPING = 2;

// The worker's code, evaluated as a script: `require` takes better-sqlite3's resolved path.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const control = new Int32Array(workerData.control);
let db;
try {
  if (Atomics.compareExchange(control, 0, ${STARTING}, ${RUNNING}) === ${STARTING}) {
    db = new (require(workerData.driver))(workerData.file, { timeout: 0 });
    while (Atomics.wait(control, 0, ${RUNNING}, workerData.interval) === 'timed-out') {
      try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
    }
  }
} finally {
  db?.close();
  Atomics.store(control, 1, 1);
  Atomics.notify(control, 1);
}
`;

/**
 * Starts checkpointing `file` (a WAL database another connection of this process writes).
 *
 * @param onFailure - called if the worker fails, so the store checkpoints for itself again
 */
export function startWalCheckpointer(file: string, onFailure: () => void): WalCheckpointer {
  const control = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // Not the process's own flags (`--import`, `--input-type`…): the worker is a plain script.
    execArgv: [],
    workerData: {
      file,
      control: control.buffer,
      interval: INTERVAL_MS,
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    },
  });
  // A process exits when its work is done; a failing worker only stops the copying early (the
  // store's own automatic checkpoint then does it, as without the worker).
  worker.unref();
  worker.on('error', onFailure);
  worker.on('exit', () => Atomics.store(control, 1, 1));
  return {
    stop() {
      const state = Atomics.exchange(control, 0, STOPPING);
      if (state !== RUNNING) return;
      Atomics.notify(control, 0);
      Atomics.wait(control, 1, 0, STOP_TIMEOUT_MS);
    },
  };
}
