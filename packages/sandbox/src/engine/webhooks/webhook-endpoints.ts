import {
  generateId,
  randomToken,
  type CreateWebhookEndpointParams,
  type DeletedWebhookEndpoint,
  type EnabledEvent,
  type EventType,
  type ListParams,
  type UpdateWebhookEndpointParams,
  type WebhookEndpoint,
} from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { listPage } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { WebhookEndpointRecord } from '../core/records.js';

/** How long the secret a rotation replaced keeps signing, so receivers can switch without a gap. */
export const SECRET_ROTATION_OVERLAP_SECONDS = 86_400;

function newSecret(): string {
  return `whsec_${randomToken(32)}`;
}

/**
 * The endpoint as the API shows it: the secret only when `withSecret` (create and rotate); the
 * end of a rotation's overlap only while the previous secret still signs.
 */
function present(ctx: Context, record: WebhookEndpointRecord, withSecret = false): WebhookEndpoint {
  const { secret, previous_secret: _previous, ...endpoint } = withoutPartner(record);
  endpoint.status = isEnabled(record) ? 'enabled' : 'disabled';
  const overlapEnds = endpoint.previous_secret_expires_at;
  if (overlapEnds !== null && overlapEnds <= ctx.now) endpoint.previous_secret_expires_at = null;
  return withSecret ? { ...endpoint, secret } : endpoint;
}

/** `'*'` already means everything: listing types beside it would only mislead. */
function onlyWhatIsMeant(events: readonly EnabledEvent[]): EnabledEvent[] {
  return events.includes('*') ? ['*'] : [...new Set(events)];
}

export function createWebhookEndpoint(
  ctx: Context,
  params: CreateWebhookEndpointParams,
): WebhookEndpoint {
  const record: WebhookEndpointRecord = {
    id: generateId('we'),
    partner: ctx.partner.id,
    object: 'webhook_endpoint',
    url: params.url,
    enabled_events: onlyWhatIsMeant(params.enabled_events),
    status: 'enabled',
    previous_secret_expires_at: null,
    created: ctx.now,
    secret: newSecret(),
    previous_secret: null,
  };
  ctx.store.insert('webhook_endpoints', record);
  return present(ctx, record, true);
}

export function retrieveWebhookEndpoint(ctx: Context, id: string): WebhookEndpoint {
  return present(ctx, getOwned<WebhookEndpointRecord>(ctx, 'webhook_endpoints', id));
}

export function listWebhookEndpoints(ctx: Context, params: ListParams) {
  return listPage(ctx, 'webhook_endpoints', {}, params, (row: WebhookEndpointRecord) =>
    present(ctx, row),
  );
}

/** Changes an endpoint's URL or events, or disables or enables it. */
export function updateWebhookEndpoint(
  ctx: Context,
  id: string,
  params: UpdateWebhookEndpointParams,
): WebhookEndpoint {
  const record = getOwned<WebhookEndpointRecord>(ctx, 'webhook_endpoints', id);
  const updated: WebhookEndpointRecord = {
    ...record,
    url: params.url ?? record.url,
    enabled_events: params.enabled_events
      ? onlyWhatIsMeant(params.enabled_events)
      : record.enabled_events,
    status:
      params.disabled === undefined ? record.status : params.disabled ? 'disabled' : 'enabled',
  };
  ctx.store.update('webhook_endpoints', updated);
  return present(ctx, updated);
}

/**
 * Deletes an endpoint. Its pending deliveries end when their next attempt finds it gone
 * (see webhook-deliveries.ts).
 */
export function deleteWebhookEndpoint(ctx: Context, id: string): DeletedWebhookEndpoint {
  const record = getOwned<WebhookEndpointRecord>(ctx, 'webhook_endpoints', id);
  ctx.store.delete('webhook_endpoints', record.id);
  return { id: record.id, object: 'webhook_endpoint', deleted: true };
}

/** Gives the endpoint a new secret; the old one keeps signing for a day beside it. */
export function rotateWebhookEndpointSecret(ctx: Context, id: string): WebhookEndpoint {
  const record = getOwned<WebhookEndpointRecord>(ctx, 'webhook_endpoints', id);
  const rotated: WebhookEndpointRecord = {
    ...record,
    secret: newSecret(),
    previous_secret: record.secret,
    previous_secret_expires_at: ctx.now + SECRET_ROTATION_OVERLAP_SECONDS,
  };
  ctx.store.update('webhook_endpoints', rotated);
  return present(ctx, rotated, true);
}

/** The partner's enabled endpoints that want events of `type`. */
export function endpointsFor(ctx: Context, type: EventType): WebhookEndpointRecord[] {
  return ctx.store
    .find<WebhookEndpointRecord>('webhook_endpoints', { where: { partner: ctx.partner.id } })
    .filter(
      (endpoint) =>
        isEnabled(endpoint) &&
        (endpoint.enabled_events.includes('*') || endpoint.enabled_events.includes(type)),
    )
    .reverse();
}

/** Whether deliveries may go to the endpoint (records from before `status` are enabled). */
export function isEnabled(endpoint: WebhookEndpointRecord): boolean {
  return endpoint.status !== 'disabled';
}

/** The secrets a delivery made at `at` is signed with: the current one, and one being rotated out. */
export function signingSecrets(endpoint: WebhookEndpointRecord, at: number): string[] {
  const previousSigns =
    endpoint.previous_secret !== null &&
    endpoint.previous_secret_expires_at !== null &&
    at < endpoint.previous_secret_expires_at;
  return previousSigns ? [endpoint.secret, endpoint.previous_secret!] : [endpoint.secret];
}
