import { Timestamp } from '../common.js';
import { EventId, idOf } from '../ids.js';
import { ListParams } from '../list.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';
import { EVENT_TYPES, type EventType } from './event.js';

/** A webhook endpoint's id, `we_…`. */
export const WebhookEndpointId = idOf('we');
/** A webhook delivery's id, `whd_…`. */
export const WebhookDeliveryId = idOf('whd');

/** What an endpoint may subscribe to: event types, or `*` for every type (new ones included). */
export type EnabledEvent = EventType | '*';

// In an annotated arrow so a page's bundle, which never reads it, drops it (see event.ts).
const ENABLED_EVENTS = /* @__PURE__ */ (() => ['*', ...EVENT_TYPES])() as [
  EnabledEvent,
  ...EnabledEvent[],
];

/**
 * Where the bank POSTs events: a URL of the partner's and the event types it wants. The signing
 * secret (`whsec_…`) is in `secret` only in the answers to create and rotate: keep it then.
 */
export const WebhookEndpoint = z.object({
  id: WebhookEndpointId,
  object: z.literal('webhook_endpoint'),
  url: z.string(),
  enabled_events: z.array(openEnum(ENABLED_EVENTS)),
  /** `disabled`: nothing is sent to it, retries included, until it is enabled again. */
  status: openEnum(['enabled', 'disabled']),
  /** The signing secret: present only when the endpoint is created or its secret rotated. */
  secret: z.optional(z.string()),
  /**
   * While a rotation's overlap lasts, deliveries are signed with the previous secret too (two
   * `v1=` values); this is when that stops. `null` outside a rotation.
   */
  previous_secret_expires_at: z.nullable(Timestamp),
  created: Timestamp,
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** What deleting an endpoint answers. */
export const DeletedWebhookEndpoint = z.object({
  id: WebhookEndpointId,
  object: z.literal('webhook_endpoint'),
  deleted: z.literal(true),
});
export type DeletedWebhookEndpoint = z.infer<typeof DeletedWebhookEndpoint>;

/**
 * An http(s) URL. Any host is accepted in the sandbox, 127.0.0.1 and localhost included, so a
 * developer can receive webhooks on their own machine.
 */
const WebhookUrl = /* @__PURE__ */ z.string().check(
  z.maxLength(2048),
  z.refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'must be an http:// or https:// URL' },
  ),
);

/** Event types to deliver (see `EVENT_TYPES`), or `['*']` for all. */
const EnabledEvents = /* @__PURE__ */ z.array(z.enum(ENABLED_EVENTS)).check(z.minLength(1));

/** Parameters of a new webhook endpoint. */
export const CreateWebhookEndpointParams = z.strictObject({
  url: WebhookUrl,
  enabled_events: EnabledEvents,
});
export type CreateWebhookEndpointParams = z.input<typeof CreateWebhookEndpointParams>;

/** Changes to an endpoint: its URL, the events it wants, or pausing it (`disabled`). */
export const UpdateWebhookEndpointParams = /* @__PURE__ */ z
  .strictObject({
    url: z.optional(WebhookUrl),
    enabled_events: z.optional(EnabledEvents),
    /** `true` stops every delivery to it until `false` (see the endpoint's `status`). */
    disabled: z.optional(z.boolean()),
  })
  .check(
    z.refine((params) => Object.keys(params).length > 0, {
      message: 'name at least one of url, enabled_events, disabled',
    }),
  );
export type UpdateWebhookEndpointParams = z.input<typeof UpdateWebhookEndpointParams>;

/**
 * The most of a body an attempt keeps, in UTF-8 bytes (4 KB): what was sent and what came back
 * are cut there (`body_truncated: true`), so a big answer cannot make the store grow.
 */
export const WEBHOOK_ATTEMPT_BODY_LIMIT = 4096;

/**
 * How many of a delivery's attempts keep their request and response (the newest); older ones
 * keep their outcome and timing only (`request` and `response` `null`).
 */
export const WEBHOOK_ATTEMPT_DETAILS_KEPT = 5;

/** What an attempt sent: the URL, the signed headers and the body (never the signing secret). */
export const WebhookAttemptRequest = z.object({
  method: z.literal('POST'),
  url: z.string(),
  /** The headers sent, `Xinghui-Signature` included (a signature is not a secret). */
  headers: z.record(z.string(), z.string()),
  /** The body sent (the event), cut at {@link WEBHOOK_ATTEMPT_BODY_LIMIT} bytes. */
  body: z.string(),
  body_truncated: z.boolean(),
});
export type WebhookAttemptRequest = z.infer<typeof WebhookAttemptRequest>;

/** What the endpoint answered to an attempt. */
export const WebhookAttemptResponse = z.object({
  status: z.int(),
  /** The answer's headers, names in lower case, up to {@link WEBHOOK_ATTEMPT_BODY_LIMIT} bytes in all. */
  headers: z.record(z.string(), z.string()),
  /** The answer's body, cut at {@link WEBHOOK_ATTEMPT_BODY_LIMIT} bytes. */
  body: z.string(),
  body_truncated: z.boolean(),
});
export type WebhookAttemptResponse = z.infer<typeof WebhookAttemptResponse>;

/** How one attempt to deliver ended. */
export const WebhookAttempt = z.object({
  /** 1 for the first attempt; counts the manual re-sends too. */
  attempt: z.int(),
  /** When it was made, on the partner's clock. */
  created: Timestamp,
  status: openEnum(['succeeded', 'failed'] as const),
  /** How long the endpoint took to answer (or to fail), in milliseconds. */
  latency_ms: z.int(),
  /** The endpoint's HTTP status; `null` when it did not answer. */
  response_status: z.nullable(z.int()),
  /** Why it failed without an answer (`timeout`, a connection error); `null` otherwise. */
  error: z.nullable(z.string()),
  /** True for a re-send asked for by hand. */
  manual: z.boolean(),
  /**
   * What was sent; `null` on an attempt older than the newest
   * {@link WEBHOOK_ATTEMPT_DETAILS_KEPT} of its delivery (or recorded by an older sandbox).
   */
  request: z.nullable(WebhookAttemptRequest),
  /** What came back; `null` when nothing answered, or on an attempt whose details are not kept. */
  response: z.nullable(WebhookAttemptResponse),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/**
 * One event's delivery to one endpoint: `pending` until an attempt gets a 2xx (`succeeded`) or
 * the last retry fails (`failed`).
 */
export const WebhookDelivery = z.object({
  id: WebhookDeliveryId,
  object: z.literal('webhook_delivery'),
  event: EventId,
  event_type: z.string(),
  webhook_endpoint: WebhookEndpointId,
  status: openEnum(['pending', 'succeeded', 'failed'] as const),
  /** When the next attempt is due (partner's clock); `null` once it has ended. */
  next_attempt_at: z.nullable(Timestamp),
  /** Every attempt, oldest first. */
  attempts: z.array(WebhookAttempt),
  created: Timestamp,
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** Listing filters for an endpoint's deliveries. */
export const ListWebhookDeliveriesParams = z.extend(ListParams, {
  event: z.optional(EventId),
});
export type ListWebhookDeliveriesParams = z.input<typeof ListWebhookDeliveriesParams>;

/** Parameters of a re-send by hand. */
export const ResendEventParams = z.strictObject({
  /** The endpoint to send the event to again (it need not have been subscribed to it). */
  webhook_endpoint: WebhookEndpointId,
});
export type ResendEventParams = z.input<typeof ResendEventParams>;
