import {
  SIGNATURE_HEADER,
  WEBHOOK_ATTEMPT_BODY_LIMIT,
  WEBHOOK_EVENT_ID_HEADER,
  signWebhookPayload,
} from '@xinghui/contract';
import type { Bank } from '../engine/bank.js';
import { keptBody, keptHeaders } from '../engine/webhooks/attempt-details.js';
import { clockNow } from '../engine/core/clock.js';
import { testWebhookStatus } from '../engine/core/test-values.js';
import type { PartnerRecord, WebhookDeliveryRecord } from '../engine/core/records.js';
import type { Outbox, WebhookRequest } from '../engine/core/outbox.js';
import {
  recordAttempt,
  resumeInterruptedDeliveries,
  type AttemptResult,
} from '../engine/webhooks/webhook-deliveries.js';

/** Options of the webhook sender. */
export interface WebhookSenderOptions {
  /**
   * How long an endpoint has to answer before the attempt counts as failed.
   * @default 10_000
   */
  timeoutMs?: number;
  /** The `fetch` to send with. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** The longest a wake-up waits before looking again, well under setTimeout's 24.8-day limit. */
const MAX_WAKE_MS = 3_600_000;

/**
 * Drains the webhook outbox: sends each attempt the engine queued after its transaction
 * committed, never inside a request (the caller gets its answer first), and records how it went
 * in a transaction of its own. The engine decides what is due and when (timers on the test
 * clock); this only does the I/O, and with the real clock it sets a wall-clock wake-up for a
 * partner's next timer so retries happen without anyone calling the API.
 */
export class WebhookSender implements Outbox {
  readonly #bank: Bank;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;
  /** Scheduled attempts on their way, so one due twice (resumed and re-timed) leaves once. */
  readonly #sending = new Set<string>();
  readonly #aborts = new Set<AbortController>();
  readonly #wakes = new Map<string, { timer: ReturnType<typeof setTimeout>; immediate: boolean }>();
  /** Wake-ups due at once and not yet run: the outbox is not idle while there are any. */
  #immediate = 0;
  #stopped = false;

  constructor(bank: Bank, options: WebhookSenderOptions = {}) {
    this.#bank = bank;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** Starts an attempt in the background; returns at once. */
  send(request: WebhookRequest): void {
    const key = request.manual ? undefined : `${request.delivery}@${request.at}`;
    if (this.#stopped || (key && this.#sending.has(key))) return;
    const token = key ?? `${request.delivery}@manual@${Math.random()}`;
    this.#sending.add(token);
    void this.#attempt(request).finally(() => this.#sending.delete(token));
  }

  /**
   * Picks up where a previous process stopped: re-times attempts that were on their way, and
   * sets wake-ups for every partner with a pending timer.
   */
  resume(): void {
    const partners = new Set(
      this.#bank.store
        .find<WebhookDeliveryRecord>('webhook_deliveries', { where: { status: 'pending' } })
        .map((delivery) => delivery.partner),
    );
    for (const partner of partners) {
      this.#bank.run(partner, null, (ctx) => resumeInterruptedDeliveries(ctx));
    }
    for (const partner of this.#bank.store.scan<PartnerRecord>('partners')) {
      if (partner.next_timer_at !== null) this.#wake(partner.id);
    }
  }

  /** Resolves once no attempt is on its way and no due retry waits to start (for tests). */
  async idle(): Promise<void> {
    // Attempts of writes not yet committed start once they are (`Store.afterCommit`).
    const committed = () => this.#bank.store.committed().catch(() => undefined);
    await committed();
    while (this.#sending.size > 0 || this.#immediate > 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await committed();
    }
  }

  /** Stops sending: wake-ups cancelled, attempts on their way abandoned (and resumed on restart). */
  stop(): void {
    this.#stopped = true;
    for (const wake of this.#wakes.values()) clearTimeout(wake.timer);
    this.#wakes.clear();
    this.#immediate = 0;
    for (const abort of this.#aborts) abort.abort();
  }

  async #attempt(request: WebhookRequest): Promise<void> {
    const result = await this.#post(request);
    if (this.#stopped) return;
    this.#bank.log({
      msg: 'webhook.attempt',
      partner: request.partner,
      event: request.event,
      delivery: request.delivery,
      url: request.url,
      status: result.status,
      response_status: result.response_status,
      error: result.error,
      ms: result.latency_ms,
    });
    try {
      this.#bank.run(request.partner, null, (ctx) => recordAttempt(ctx, request, result));
      this.#wake(request.partner);
    } catch (error) {
      // The store went away under us (a test closing its sandbox): resumed on the next start.
      this.#bank.log({ msg: 'webhook.record_failed', error: String(error) });
    }
  }

  /** The request of an attempt, signed now: what is sent, and what the attempt records. */
  async #signed(request: WebhookRequest): Promise<Record<string, string>> {
    const signature = await signWebhookPayload({
      payload: request.body,
      secret: request.secrets,
      // The receiver checks this against its own wall clock, whatever the test clock says.
      timestamp: Math.floor(this.#bank.wallClock() / 1000),
    });
    return {
      'Content-Type': 'application/json',
      'User-Agent': 'Xinghui-Sandbox-Webhooks/1',
      [SIGNATURE_HEADER]: signature,
      [WEBHOOK_EVENT_ID_HEADER]: request.event,
    };
  }

  async #post(request: WebhookRequest): Promise<AttemptResult> {
    const headers = await this.#signed(request);
    const sent = {
      method: 'POST' as const,
      url: request.url,
      headers,
      ...keptBody(request.body),
    };
    // A test value: the endpoint's answer is in its URL, and nothing leaves the machine.
    const simulated = testWebhookStatus(request.url);
    if (simulated !== undefined) {
      return {
        status: simulated >= 200 && simulated < 300 ? 'succeeded' : 'failed',
        latency_ms: 0,
        response_status: simulated,
        error: null,
        request: sent,
        response: { status: simulated, headers: {}, body: '', body_truncated: false },
      };
    }
    const abort = new AbortController();
    this.#aborts.add(abort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.#timeoutMs);
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    try {
      const response = await this.#fetch(request.url, {
        method: 'POST',
        headers,
        body: request.body,
        // A redirect is not a delivery: the endpoint's URL is the one registered.
        redirect: 'manual',
        signal: abort.signal,
      });
      // The time is the answer's status line; reading what it says is not the endpoint's time.
      const latency_ms = latency();
      const body = await readCapped(response);
      return {
        status: response.status >= 200 && response.status < 300 ? 'succeeded' : 'failed',
        latency_ms,
        response_status: response.status,
        error: null,
        request: sent,
        response: {
          status: response.status,
          headers: keptHeaders(response.headers),
          ...body,
        },
      };
    } catch (error) {
      return {
        status: 'failed',
        latency_ms: latency(),
        response_status: null,
        error: timedOut ? `timeout after ${this.#timeoutMs} ms` : describe(error),
        request: sent,
        response: null,
      };
    } finally {
      clearTimeout(timer);
      this.#aborts.delete(abort);
    }
  }

  /** Sets the partner's one wake-up for when its next timer falls due on its clock. */
  #wake(partnerId: string): void {
    if (this.#stopped) return;
    const partner = this.#bank.store.get<PartnerRecord>('partners', partnerId);
    this.#cancelWake(partnerId);
    if (partner?.next_timer_at == null) return;
    const delayMs = Math.min(
      Math.max(0, (partner.next_timer_at - clockNow(partner, this.#bank.wallClock())) * 1000),
      MAX_WAKE_MS,
    );
    const immediate = delayMs === 0;
    if (immediate) this.#immediate++;
    const timer = setTimeout(() => {
      this.#wakes.delete(partnerId);
      try {
        if (!this.#stopped) {
          // Running any call runs the partner's due timers first: the retries among them leave.
          this.#bank.run(partnerId, null, () => undefined);
          this.#wake(partnerId);
        }
      } catch (error) {
        this.#bank.log({ msg: 'webhook.wake_failed', error: String(error) });
      } finally {
        if (immediate) this.#immediate--;
      }
    }, delayMs);
    // Never keeps a process alive on its own.
    (timer as { unref?: () => void }).unref?.();
    this.#wakes.set(partnerId, { timer, immediate });
  }

  #cancelWake(partnerId: string): void {
    const wake = this.#wakes.get(partnerId);
    if (!wake) return;
    clearTimeout(wake.timer);
    this.#wakes.delete(partnerId);
    if (wake.immediate) this.#immediate--;
  }
}

/**
 * The answer's body up to the kept limit and a byte more (to know it was cut), then the rest
 * is dropped unread: an endpoint answering megabytes costs neither memory nor time.
 */
async function readCapped(response: Response): Promise<ReturnType<typeof keptBody>> {
  const reader = response.body?.getReader();
  if (!reader) return { body: '', body_truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size <= WEBHOOK_ATTEMPT_BODY_LIMIT) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } catch {
    // The endpoint closed mid-answer: its status is what counts, the body is what arrived.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  // More than the limit was read when it was cut: keptBody cuts it there and says so.
  return keptBody(new TextDecoder().decode(bytes));
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `connection failed: ${cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)}`;
}
