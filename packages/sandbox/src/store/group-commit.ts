import { resolve as resolvePath } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * The commit of a batch of transactions failed (see {@link GroupCommit}): none of the batch's
 * writes were kept, so no call of the batch may be answered as done.
 */
export class CommitError extends Error {
  override name = 'CommitError' as const;

  constructor(cause: unknown) {
    super(`The store could not commit: ${String(cause)}`, { cause });
  }
}

/** One open write transaction shared by the calls made while it is open. */
interface Batch {
  /** Settles once the batch's COMMIT has run (rejects with a {@link CommitError}). */
  done: Promise<void>;
  resolve: () => void;
  reject: (error: CommitError) => void;
  /** What runs once the batch has committed; dropped when it fails. */
  effects: (() => void)[];
  /** The calls that returned in it (the ones that threw were rolled back to their savepoint). */
  calls: number;
  /** It holds {@link BatchBounds.calls} calls: it commits before the next call begins. */
  full: boolean;
  /** Commits it once {@link BatchBounds.ms} have passed (none when it commits at the next turn). */
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** When a batch commits: at whichever of the two bounds it reaches first. */
export interface BatchBounds {
  /** Calls a batch holds at most. */
  calls: number;
  /** Milliseconds a batch stays open at most, from its first call. */
  ms: number;
}

/**
 * 64 calls or 4 ms. Closing a batch at each turn of the event loop shared a commit between
 * about 5 confirmations under 10 connections (the calls whose requests arrived together);
 * kept open across turns, it also takes those that arrive in the next few milliseconds, about
 * 10 (`scripts/bench/profile-wallet.ts` prints calls per commit). The bound on time is the
 * latency a call may gain under load (against a p99 target of 30 ms), and only under load: a
 * quiet store commits at the next turn (see {@link GroupCommit}). The bound on calls keeps a
 * batch's savepoints, its rows kept in memory and the answers waiting on it few.
 */
export const BATCH_BOUNDS: BatchBounds = { calls: 64, ms: 4 };

/**
 * Group commit for one better-sqlite3 connection: the transactions made within a few
 * milliseconds share one write transaction (BEGIN IMMEDIATE … COMMIT), each in a SAVEPOINT of
 * its own, so each stays atomic (a call that throws is rolled back to its savepoint and leaves
 * the others be) while the page work of a commit (most of a small transaction's cost: the
 * b-tree pages rewritten, the WAL frames appended) is paid once per batch, not per call.
 *
 * A transaction that returns is therefore not yet committed: whoever answers for it awaits
 * {@link committed} first (the HTTP layer does, for every reply), and effects outside the
 * file wait in {@link afterCommit}. Under load (the batch before held more than one call) a
 * batch stays open across turns of the event loop until it holds 64 calls or 4 ms have passed
 * since it opened ({@link BATCH_BOUNDS}), whichever comes first, so the calls of several turns
 * share one commit. A quiet store (the batch before held one call, or none came before) commits
 * at the next turn: a lone call gains no wait, as sequential calls and a paced load do not
 * share commits anyway. A full batch commits at `setImmediate`, or before the next call begins
 * if that comes first; never inside the call that filled it, whose caller has yet to ask
 * {@link committed}.
 *
 * Reads made while a batch is open (inside a transaction or not) see its writes, committed or
 * not: that is safe because nothing read is answered before the batch commits, and when it
 * fails every answer of it is an error.
 */
export class GroupCommit {
  readonly #db: Database.Database;
  readonly #begin: Database.Statement;
  readonly #commit: Database.Statement;
  readonly #rollback: Database.Statement;
  readonly #savepoint: Database.Statement;
  readonly #release: Database.Statement;
  readonly #rollbackTo: Database.Statement;
  #batch: Batch | undefined;
  /** Transactions running (nested ones join the outermost). */
  #depth = 0;
  /** Batches committed and the calls they held, since the store opened (see {@link counts}). */
  #commits = 0;
  #calls = 0;
  /** The calls the last committed batch held: more than one means calls are sharing batches. */
  #lastBatchCalls = 0;

  /** The file, as the process-wide list of open batches names it (none for `:memory:`). */
  readonly #file: string | undefined;

  /** Told when a batch fails, so what the store keeps in memory can forget it. */
  readonly #onFail: () => void;

  /** @param onFail - called when a batch fails (its writes are gone) */
  constructor(db: Database.Database, onFail: () => void = () => undefined) {
    this.#db = db;
    this.#onFail = onFail;
    this.#file = db.memory ? undefined : resolvePath(db.name);
    this.#begin = db.prepare('BEGIN IMMEDIATE');
    this.#commit = db.prepare('COMMIT');
    this.#rollback = db.prepare('ROLLBACK');
    this.#savepoint = db.prepare('SAVEPOINT call');
    this.#release = db.prepare('RELEASE call');
    this.#rollbackTo = db.prepare('ROLLBACK TO call');
  }

  /** Runs `work` atomically inside the open batch (opening one if none is). */
  run<T>(work: () => T): T {
    if (this.#depth > 0) return work();
    this.#open();
    this.#savepoint.run();
    this.#depth++;
    let result: T;
    try {
      result = work();
      this.#release.run();
    } catch (error) {
      // Some errors (a full disk, an I/O error) make SQLite roll back the whole transaction:
      // then the batch is gone, and every call of it fails with this one.
      if (this.#db.inTransaction) {
        this.#rollbackTo.run();
        this.#release.run();
      } else {
        this.#fail(error);
      }
      throw error;
    } finally {
      this.#depth--;
    }
    const batch = this.#batch!;
    if (++batch.calls >= BATCH_BOUNDS.calls && !batch.full) {
      batch.full = true;
      setImmediate(() => this.#flush(batch));
    }
    return result;
  }

  /**
   * Settles once everything written so far is committed: at once when no batch is open;
   * rejects with a {@link CommitError} when the commit of those writes failed.
   */
  committed(): Promise<void> {
    return this.#batch?.done ?? RESOLVED;
  }

  /** Runs `effect` once everything written so far is committed; never if that commit fails. */
  afterCommit(effect: () => void): void {
    if (this.#batch) this.#batch.effects.push(effect);
    else effect();
  }

  /** Commits the open batch now, if there is one (closing the store does, before it closes). */
  flush(): void {
    if (this.#batch) this.#flush(this.#batch);
  }

  /** Commits `batch` if it is still the open one (a bound's timer may outlive its batch). */
  #flush(batch: Batch): void {
    if (this.#batch !== batch || this.#depth > 0) return;
    this.#batch = undefined;
    clearTimeout(batch.timer);
    this.#forget();
    if (!this.#db.open) return batch.reject(new CommitError('the store was closed'));
    try {
      this.#commit.run();
    } catch (error) {
      // COMMIT can fail and leave the transaction open (SQLITE_BUSY): nothing of it is kept.
      if (this.#db.inTransaction) this.#rollback.run();
      this.#onFail();
      return batch.reject(new CommitError(error));
    }
    this.#commits++;
    this.#calls += batch.calls;
    this.#lastBatchCalls = batch.calls;
    batch.resolve();
    for (const effect of batch.effects) effect();
  }

  /**
   * How many batches have committed and how many calls they held (the calls rolled back or of a
   * failed batch are not counted): the benchmarks report calls per commit from them.
   */
  counts(): { commits: number; calls: number } {
    return { commits: this.#commits, calls: this.#calls };
  }

  #open(): void {
    // SQLite ended the batch's transaction on its own (see `run`): it has already failed.
    if (this.#batch && !this.#db.inTransaction) this.#fail(new Error('the transaction was lost'));
    // A full batch commits before another call joins it (its callers hold its promise already).
    if (this.#batch?.full) this.flush();
    if (this.#batch) return;
    // Another store of this process on the same file (a test reopening it, as after a crash)
    // may hold the write lock until its batch commits: BEGIN would wait for it synchronously,
    // and its commit can never run meanwhile. Its batch commits first.
    // A flushed batch leaves the list (and an emptied list the map), so this batch joins the
    // list as it is after them: joining the one read before would hide it from the next store.
    if (this.#file !== undefined) {
      for (const other of [...(batchesByFile.get(this.#file) ?? [])]) other.flush();
    }
    this.#begin.run();
    if (this.#file !== undefined) openBatches(this.#file).add(this);
    let resolve!: () => void;
    let reject!: (error: CommitError) => void;
    const done = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // A failure is always answered to someone (the replies that await it); a batch nobody
    // awaits (a CLI start-up, a test) must not crash the process as an unhandled rejection.
    done.catch(() => undefined);
    const flush = () => this.#flush(batch);
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (this.#lastBatchCalls > 1) timer = setTimeout(flush, BATCH_BOUNDS.ms);
    else setImmediate(flush);
    const batch: Batch = { done, resolve, reject, effects: [], calls: 0, full: false, timer };
    this.#batch = batch;
  }

  #forget(): void {
    const batches = this.#file === undefined ? undefined : batchesByFile.get(this.#file);
    batches?.delete(this);
    if (batches?.size === 0) batchesByFile.delete(this.#file!);
  }

  #fail(cause: unknown): void {
    const batch = this.#batch;
    if (!batch) return;
    this.#batch = undefined;
    clearTimeout(batch.timer);
    this.#forget();
    this.#onFail();
    batch.reject(cause instanceof CommitError ? cause : new CommitError(cause));
  }
}

const RESOLVED = Promise.resolve();

/** The stores of this process with a batch open, by file (see `GroupCommit.#open`). */
const batchesByFile = new Map<string, Set<GroupCommit>>();

function openBatches(file: string): Set<GroupCommit> {
  let batches = batchesByFile.get(file);
  if (!batches) {
    batches = new Set();
    batchesByFile.set(file, batches);
  }
  return batches;
}
