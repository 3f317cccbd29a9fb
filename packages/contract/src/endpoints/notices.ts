import { listOf } from '../list.js';
import { ListNoticesParams, Notice } from '../resources/notice.js';
import type { Endpoint } from './endpoint.js';

/** The notices the bank sent shops, as the sandbox's SMS outbox shows them. */
export const noticeEndpoints = {
  listSandboxNotices: {
    method: 'GET',
    path: '/v1/sandbox/notices',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary:
      'List the repayment reminders and overdue notices the bank sent by SMS, newest first (sandbox only)',
    query: ListNoticesParams,
    response: listOf(Notice),
  },
} satisfies Record<string, Endpoint>;
