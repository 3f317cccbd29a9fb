// Generated bad input for every endpoint of the contract (issue 11's kept test): with the right
// credential for each endpoint, bodies, queries, path ids and protocol headers that are wrong.
// Every answer must be a 4xx error envelope (never a 5xx), and the bank's state must not move:
// every table hashes the same before and after, except that a refused POST may remember its
// refusal under its idempotency key (Stripe's rule: a retry gets the same answer).
//
// 50 cases per endpoint here; `npm run reliability` runs 1,000 (XINGHUI_BAD_INPUT_RUNS).
// Replay a failure with the seed it prints: XINGHUI_SEED=<seed>.
import fc from 'fast-check';
import {
  ERROR_CODES,
  ErrorEnvelope,
  endpoints,
  type Endpoint,
  type ErrorCode,
} from '@xinghui/contract';
import { MemoryStore, type Sandbox, type Store } from '@xinghui/sandbox';
import { SqliteStore } from '@xinghui/sandbox/node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badRequests, type BadRequest } from '../reliability/bad-input/cases.js';
import { fixtureSandbox, type Fixture } from '../reliability/bad-input/fixture.js';
import { envInt, writeResults } from '../reliability/results.js';
import { changedTables, WatchedStore } from '../reliability/state-digest.js';

const RUNS = envInt('XINGHUI_BAD_INPUT_RUNS', 50);
const SEED = envInt('XINGHUI_SEED', 20_261_202);
/** The SQLite store is slower: it runs a tenth of the cases (at least 5) per endpoint. */
const SQLITE_RUNS = Math.max(5, Math.round(RUNS / 10));

const ALL = Object.entries(endpoints as Record<string, Endpoint>);
const tally = { tried: 0, fiveHundreds: 0, stateChanges: 0, byStatus: new Map<number, number>() };

interface Bank {
  sandbox: Sandbox;
  fixture: Fixture;
  other: Fixture;
  watched: WatchedStore;
}

/**
 * The idempotency rows a refused request wrote: each must be gone again (released) or a
 * finished refusal (4xx) under a key no earlier request had.
 */
function idempotencyProblems(writes: [string, string | null, string | null][]): string[] {
  const problems: string[] = [];
  for (const [id, before, after] of writes) {
    if (before !== null) problems.push(`an earlier request's key was rewritten: ${id}`);
    if (after === null) continue;
    const record = JSON.parse(after) as { state: string; status: number };
    if (record.state !== 'done' || record.status < 400 || record.status >= 500) {
      problems.push(`a refusal must be stored as a finished 4xx, got: ${after.slice(0, 300)}`);
    }
  }
  return problems;
}

/** Sends one bad request and checks the answer and the state; returns what was wrong, if anything. */
async function check(bank: Bank, request: BadRequest): Promise<string | undefined> {
  const { sandbox, watched } = bank;
  const before = watched.digest();
  watched.takeKeyWrites();
  const response = await sandbox.app.request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  tally.tried++;
  tally.byStatus.set(response.status, (tally.byStatus.get(response.status) ?? 0) + 1);
  if (response.status >= 500) tally.fiveHundreds++;

  const problems: string[] = [];
  if (response.status < 400 || response.status >= 500) {
    problems.push(`status ${response.status}, not a 4xx`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push('the answer is not JSON');
  }
  const envelope = ErrorEnvelope.safeParse(body);
  if (!envelope.success) {
    problems.push('the answer is not an error envelope');
  } else {
    const known = ERROR_CODES[envelope.data.error.code as ErrorCode];
    if (!known) problems.push(`unknown error code ${envelope.data.error.code}`);
    else if (known.status !== response.status) {
      problems.push(`${envelope.data.error.code} is ${known.status}, sent as ${response.status}`);
    }
  }
  const after = watched.digest();
  const changed = changedTables(before, after).filter((t) => t !== 'idempotency_keys');
  if (changed.length > 0) problems.push(`tables changed: ${changed.join(', ')}`);
  problems.push(...idempotencyProblems(watched.takeKeyWrites()));
  if (changed.length > 0) tally.stateChanges++;
  if (problems.length === 0) return undefined;
  const shown =
    request.body && request.body.length > 300 ? `${request.body.slice(0, 300)}…` : request.body;
  return `${problems.join('; ')}\n  ${request.method} ${request.url.slice(0, 300)} (${request.kind})\n  headers ${JSON.stringify(request.headers)}\n  body ${shown}\n  → ${response.status} ${text.slice(0, 500)}`;
}

/** Runs `runs` generated bad requests against each endpoint of a bank on `makeStore()`. */
function suite(label: string, makeStore: () => { store: Store; done?: () => void }, runs: number) {
  describe(`bad input on the ${label} store (${runs} per endpoint, seed ${SEED})`, () => {
    let bank: Bank | undefined;
    let done: (() => void) | undefined;
    const ready = (async () => {
      const made = makeStore();
      done = made.done;
      const watched = new WatchedStore(made.store);
      const { sandbox, fixture, other } = await fixtureSandbox(watched.store);
      bank = { sandbox, fixture, other, watched };
      return bank;
    })();
    afterAll(() => {
      bank?.sandbox.close();
      done?.();
    });

    it.each(ALL)('%s: only 4xx error envelopes, nothing stored', async (name, endpoint) => {
      const current = await ready;
      const arbitrary = badRequests(name, endpoint, current.fixture, current.other);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (request) => {
          const problem = await check(current, request);
          if (problem) throw new Error(problem);
        }),
        // One seed per endpoint, derived from the run's seed, so adding an endpoint does not
        // change what the others are sent.
        { seed: SEED + seedOffset(name), numRuns: runs, endOnFailure: runs > 100 },
      );
      // Every table hashed afresh: no write went around the watch.
      expect(current.watched.fullCheck()).toEqual([]);
    });
  });
}

/** A stable small number per endpoint name. */
function seedOffset(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return Math.abs(hash) % 1_000_000;
}

suite('memory', () => ({ store: new MemoryStore() }), RUNS);
suite(
  'SQLite',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinghui-bad-input-'));
    return {
      store: new SqliteStore(join(dir, 'sandbox.db')),
      done: () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  SQLITE_RUNS,
);

afterAll(() => {
  writeResults('bad-input', [
    { label: 'bad inputs tried', value: tally.tried },
    { label: 'bad inputs answered 5xx', value: tally.fiveHundreds },
    { label: 'bad inputs that changed state', value: tally.stateChanges },
    { label: 'endpoints fuzzed (memory and SQLite stores)', value: ALL.length },
  ]);
  expect(tally.fiveHundreds).toBe(0);
});
