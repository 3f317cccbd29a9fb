import { Timestamp } from '../common.js';
import { EventId } from '../ids.js';
import { ListParams } from '../list.js';
import { z } from '../zod.js';
import { CheckoutSession } from './checkout-session.js';
import { Consent } from './consent.js';
import { CreditApplication, CreditLine } from './credit.js';
import { Loan } from './loan.js';
import { Payment } from './payment.js';
import { PreApproval } from './pre-approval.js';
import { Notice } from './notice.js';
import { Refund } from './refund.js';
import { WebhookTest } from './webhook-test.js';

/**
 * What each event type carries in `data.object`. Adding an event type is one line here; the
 * schemas, the union type and the docs follow.
 */
const EVENT_OBJECTS = {
  'checkout_session.completed': CheckoutSession,
  'checkout_session.expired': CheckoutSession,
  'payment.succeeded': Payment,
  'payment.failed': Payment,
  'payment.refunded': Refund,
  'consent.revoked': Consent,
  'credit_application.decided': CreditApplication,
  'loan.disbursed': Loan,
  'loan.repaid': Loan,
  'loan.payment_due': Loan,
  'loan.overdue': Loan,
  'repayment.failed': Loan,
  'credit_line.updated': CreditLine,
  'escrow.held': Payment,
  'escrow.released': Payment,
  'escrow.disputed': Payment,
  'escrow.refunded': Payment,
  'pre_approval.invited': PreApproval,
  'pre_approval.accepted': PreApproval,
  'pre_approval.not_approved': PreApproval,
  'pre_approval.declined': PreApproval,
  'pre_approval.expired': PreApproval,
  'loan.notice_sent': Notice,
  'webhook_endpoint.test': WebhookTest,
} as const;

type EventObjects = typeof EVENT_OBJECTS;

/** Every event type this version of the contract knows. */
export type EventType = keyof EventObjects;
/** Every event type this version of the contract knows (docs/events.md lists them). */
export const EVENT_TYPES = Object.keys(EVENT_OBJECTS) as EventType[];

const EventRequest = z.nullable(
  z.object({ id: z.string(), idempotency_key: z.nullable(z.string()) }),
);

// @__NO_SIDE_EFFECTS__
function eventOf<T extends EventType>(type: T) {
  return z.object({
    id: EventId,
    object: z.literal('event'),
    type: z.literal(type),
    api_version: z.string(),
    created: Timestamp,
    data: z.object({ object: EVENT_OBJECTS[type] as EventObjects[T] }),
    request: EventRequest,
  });
}

type EventRequest = z.infer<typeof EventRequest>;

/** The event of one type, its `data.object` typed accordingly. */
export interface EventOf<T extends EventType> {
  id: string;
  object: 'event';
  type: T;
  api_version: string;
  created: number;
  data: { object: z.infer<EventObjects[T]> };
  /** The API request that caused the event, or `null` when the bank's clock did. */
  request: EventRequest;
}

/** An event of a type this contract knows. Narrow on `type` to type `data.object`. */
export type KnownEvent = { [T in EventType]: EventOf<T> }[EventType];

/**
 * An event of a type introduced after this contract was published: parsing accepts it, with
 * its data left untyped. It is not part of {@link Event}'s static type, because a member with a
 * plain-string `type` would stop TypeScript from narrowing on `type` at all; test for it with
 * {@link isKnownEventType}.
 */
export interface UnknownEvent {
  id: string;
  object: 'event';
  type: string;
  api_version: string;
  created: number;
  data: { object: Record<string, unknown> };
  request: EventRequest;
}

const knownTypes: ReadonlySet<string> = /* @__PURE__ */ new Set(EVENT_TYPES);

const UnknownEventSchema = z.object({
  id: EventId,
  object: z.literal('event'),
  type: /* @__PURE__ */ z.string().check(z.refine((type) => !knownTypes.has(type))),
  api_version: z.string(),
  created: Timestamp,
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
  request: EventRequest,
});

/** True when this version of the contract knows the event type (and so types its data). */
export function isKnownEventType(type: string): type is EventType {
  return knownTypes.has(type);
}

/**
 * An event: something that happened to a partner's objects, listed by the API and delivered to
 * webhook endpoints. Narrow on `type` to get a typed `data.object`.
 *
 * The bank may send event types newer than this contract; they parse (as {@link UnknownEvent})
 * and match no `case`, so keep a `default` branch that ignores them.
 *
 * @example
 * ```ts
 * if (event.type === 'payment.succeeded') console.log(event.data.object.amount);
 * ```
 */
// Built in an annotated arrow so a bundle that never reads `Event` (a page) drops every event
// schema: a bundler cannot tell by itself that spreading `.map()`'s result has no side effects.
export const Event = /* @__PURE__ */ (() =>
  z.union([
    ...EVENT_TYPES.map((type) => eventOf(type)),
    UnknownEventSchema,
  ]))() as unknown as z.ZodMiniType<Event>;
export type Event = KnownEvent;

/** Listing filters for events. */
export const ListEventsParams = z.extend(ListParams, {
  type: z.optional(z.string()),
});
export type ListEventsParams = z.input<typeof ListEventsParams>;
