/**
 * What a page holding a session's client secret (with the partner's publishable key) may do:
 * the credential table (docs/sandbox.md) as data. The bank enforces exactly this list; a publishable key
 * alone may do nothing.
 */
export const SESSION_CAPABILITIES = {
  checkout_session: [
    'read_session',
    'read_wallet_balance',
    'read_credit_available',
    'read_loan_offers',
    'apply_for_credit',
    'give_consent',
    'request_verification_code',
    'confirm',
    'respond_to_pre_approval',
  ],
  wallet_session: [
    'read_wallet',
    'read_credit_line',
    'read_loans',
    'read_transactions',
    'request_verification_code',
    'repay',
    'request_limit_review',
    'revoke_data_sharing',
    'respond_to_pre_approval',
    'confirm_receipt',
    'give_consent',
    'revoke_consent',
  ],
} as const;

/** The kinds of session whose client secret a page may hold. */
export type SessionKind = keyof typeof SESSION_CAPABILITIES;
/** One thing a page may do with a session's client secret. */
export type Capability = (typeof SESSION_CAPABILITIES)[SessionKind][number];

/** True when a session of `kind` lets its page do `capability`. */
export function sessionAllows(kind: SessionKind, capability: Capability): boolean {
  return (SESSION_CAPABILITIES[kind] as readonly Capability[]).includes(capability);
}
