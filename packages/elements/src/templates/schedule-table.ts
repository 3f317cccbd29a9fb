import type { ScheduledInstallment } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/locale.js';

/** The words of a schedule's table. */
export interface ScheduleWords {
  schedule: string;
  installmentNumber: string;
  dueDate: string;
  installmentAmount: string;
  ofWhichInterest: string;
}

/**
 * A schedule as a table (part `schedule`): each instalment's number, due date, amount and
 * interest. `status`, given on a loan (an offer's instalments have none), adds a column with
 * each instalment's status in words, and the row's `data-installment-status`.
 */
export function scheduleTable(
  installments: readonly ScheduledInstallment[],
  t: ScheduleWords,
  format: Formatters,
  status?: { heading: string; words: Record<string, string> },
): TemplateResult {
  return html`<table part="schedule" class="schedule">
    <caption>
      ${t.schedule}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.installmentNumber}</th>
        <th scope="col">${t.dueDate}</th>
        <th scope="col">${t.installmentAmount}</th>
        <th scope="col">${t.ofWhichInterest}</th>
        ${status ? html`<th scope="col">${status.heading}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${installments.map(
        (i) =>
          html`<tr data-installment-status=${status ? (i.status ?? '') : nothing}>
            <td>${i.number}</td>
            <td>${format.day(i.due_date)}</td>
            <td class="amount">${format.money(i.amount)}</td>
            <td class="amount">${format.money(i.interest)}</td>
            ${
              status
                ? html`<td>${i.status ? (status.words[i.status] ?? i.status) : ''}</td>`
                : nothing
            }
          </tr>`,
      )}
    </tbody>
  </table>`;
}
