import type { CreditLineStatement, PayoffCertificate } from '@xinghui/contract';
import { html, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/locale.js';
import { creditDocument } from '../../templates/credit-document.js';
import type { CreditWalletMessages } from './credit-wallet.messages.js';

type Back = { label: string; run(): void };

const backButton = (back: Back) =>
  html`<button class="link" @click=${back.run}>${back.label}</button>`;

/** A month's statement of the shop's line: its figures add up, as its note says. */
export function statementView(
  t: CreditWalletMessages,
  format: Formatters,
  statement: CreditLineStatement,
  back: Back,
): TemplateResult {
  const money = format.money;
  return html`${creditDocument({
    title: t.statementTitle(statement.month),
    rows: [
      [
        t.statementPeriod,
        `${format.day(statement.period_start)} – ${format.day(statement.period_end)}`,
      ],
      [t.openingBalance, money(statement.opening_balance)],
      [t.drawdowns, money(statement.drawdowns)],
      [t.principalRepaid, money(statement.principal_repaid)],
      [t.principalRefunded, money(statement.principal_refunded)],
      [t.interestPaid, money(statement.interest_paid)],
      [t.penaltyPaid, money(statement.penalty_paid)],
      [t.closingBalance, money(statement.closing_balance)],
    ],
    note: t.statementNote,
    hash: statement.text_sha256,
    printLabel: t.print,
  })}
  ${backButton(back)}`;
}

/** A repaid loan's payoff certificate (结清证明). */
export function certificateView(
  t: CreditWalletMessages,
  format: Formatters,
  certificate: PayoffCertificate,
  back: Back,
): TemplateResult {
  const money = format.money;
  return html`${creditDocument({
    title: t.certificate,
    rows: [
      [t.loanNumber, certificate.loan],
      [t.borrower, certificate.business_name],
      [t.principal, money(certificate.principal)],
      [t.principalPaid, money(certificate.principal_repaid)],
      [t.principalRefunded, money(certificate.principal_refunded)],
      [t.certificateInterestPaid, money(certificate.interest_paid)],
      [t.certificatePenaltyPaid, money(certificate.penalty_paid)],
      [t.totalPaid, money(certificate.total_paid)],
      [t.disbursedOn, format.day(certificate.disbursed_on)],
      [t.repaidOn, format.day(certificate.repaid_on)],
    ],
    note: t.certificateNote,
    hash: certificate.text_sha256,
    printLabel: t.print,
  })}
  ${backButton(back)}`;
}
