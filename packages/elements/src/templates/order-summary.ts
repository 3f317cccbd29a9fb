import { CHECKOUT_SESSION_LIFETIME, type ClientCheckoutSession } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { clock } from '../controllers/countdown.controller.js';
import type { Formatters } from '../i18n/locale.js';

export interface OrderSummaryOptions {
  t: { order: string; items: string; timeLeft: string };
  format: Formatters;
  session: ClientCheckoutSession;
  /** Seconds the session stays open; not shown at 0. */
  secondsLeft: number;
}

/**
 * The order a checkout session pays, as the bank holds it: its number (the session's
 * description), each line with its quantity and amount, and the time left to pay. Parts:
 * `order`, `line-item`, `time-left`.
 */
export function orderSummary(options: OrderSummaryOptions): TemplateResult {
  const { t, format, session, secondsLeft } = options;
  // The order number wraps on a phone; the time left is a figure and never does.
  const row = (label: string, value: string, part = '') =>
    html`<div class="row">
      <span class="label">${label}</span
      ><span part=${part || nothing} class=${part ? 'figure' : 'id'}>${value}</span>
    </div>`;
  return html`<section part="order" aria-label=${t.order}>
    ${session.description ? row(t.order, session.description) : nothing}
    <ul class="lines" aria-label=${t.items}>
      ${session.line_items.map(
        (item) =>
          html`<li part="line-item" class="row">
            <span>${item.name} × ${item.quantity}</span>
            <span class="figure">${format.money(item.amount)}</span>
          </li>`,
      )}
    </ul>
    ${
      // A session never lives longer than a day: more left means the device's clock and the
      // bank's disagree (a sandbox test clock), and a countdown would mislead.
      secondsLeft > 0 && secondsLeft <= CHECKOUT_SESSION_LIFETIME.max
        ? row(t.timeLeft, clock(secondsLeft), 'time-left')
        : nothing
    }
  </section>`;
}
