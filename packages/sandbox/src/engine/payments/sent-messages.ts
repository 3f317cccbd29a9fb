import type { List, SandboxMessage } from '@xinghui/contract';
import { listPage, type PageParams } from '../core/list-page.js';
import type { Context } from '../core/context.js';
import type { VerificationCodeRecord } from '../core/records.js';

/**
 * The SMS the sandbox "sent": its one-time codes, newest first. A real bank texts them to the
 * shop owner's phone; the sandbox shows them to the partner (dashboard, CLI) instead.
 */
export function listSentMessages(ctx: Context, params: PageParams): List<SandboxMessage> {
  return listPage<VerificationCodeRecord, SandboxMessage>(
    ctx,
    'verification_codes',
    {},
    params,
    (record) => ({
      id: record.id,
      object: 'sandbox_message',
      phone: record.phone,
      session: record.session,
      code: record.code,
      amount: record.amount,
      payee: record.payee,
      status: record.status,
      expires_at: record.expires_at,
      created: record.created,
    }),
  );
}
