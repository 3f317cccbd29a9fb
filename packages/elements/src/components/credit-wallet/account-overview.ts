import type { CreditLine, Wallet } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/locale.js';
import type { CreditWalletMessages } from './credit-wallet.messages.js';

/**
 * The figures at the top of the wallet: what the shop may borrow now, the gauge of what it
 * used, the limit, the line's status and validity (and, when nothing is available, why), the
 * rates and the wallet balance. Figures never wrap; a long reason does.
 */
export function accountOverview(
  t: CreditWalletMessages,
  format: Formatters,
  wallet: Wallet,
  line: CreditLine | null,
): TemplateResult {
  const money = format.money;
  const statuses: Record<string, string> = {
    active: t.lineActive,
    frozen: t.lineFrozen,
    expired: t.lineExpired,
    closed: t.lineClosed,
  };
  const row = (label: string, value: string, part: string, cls = 'amount') =>
    html`<div class="row">
      <span class="label">${label}</span><span part=${part} class=${cls}>${value}</span>
    </div>`;
  const reason = line?.unavailable_reason
    ? (t.unavailable[line.unavailable_reason] ?? line.unavailable_reason)
    : line?.status === 'frozen'
      ? t.frozenDetail
      : '';
  return html`<section class="overview" aria-labelledby="overview-title">
    <h2 id="overview-title">${t.title}</h2>
    ${
      line
        ? html`
            ${row(t.available, money(line.available), 'available', 'figure')}
            <meter
              part="gauge"
              min="0"
              max=${Math.max(1, line.limit.amount)}
              value=${line.used.amount}
              aria-label=${t.used}
              aria-valuetext=${t.usage(money(line.used), money(line.limit))}
            ></meter>
            <p class="label gauge-text">${t.usage(money(line.used), money(line.limit))}</p>
            ${row(t.creditLimit, money(line.limit), 'limit')}
            ${row(t.used, money(line.used), 'used')}
            ${row(
              t.lineStatus,
              statuses[line.status] ?? line.status,
              'line-status',
              line.status === 'active' ? 'badge' : 'badge warning',
            )}
            ${reason ? html`<p class="note warning" part="unavailable-reason">${reason}</p>` : nothing}
            ${row(
              t.validUntil,
              line.expires_at ? format.date(line.expires_at) : t.noValidity,
              'valid-until',
            )}
            ${row(t.apr, format.rate(line.apr), 'apr')}
            ${row(t.dailyRate, format.rate(line.daily_rate), 'daily-rate')}
          `
        : html`<p class="note" part="no-line">${t.noLine}</p>`
    }
    ${row(t.walletBalance, money(wallet.balance), 'balance')}
  </section>`;
}
