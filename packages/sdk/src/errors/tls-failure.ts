// Node's TLS failures that come before the request is written: the server SDK's `SentNothing`.
// Only Node's fetch (undici, OpenSSL) names them; a browser never does, so the page's client
// leaves them out of its bytes and reads such a failure as "may have reached the bank".
import type { SentNothing } from './connection-failure.js';

/** TLS refusing the bank's certificate or protocol during the handshake. */
const TLS_REFUSED = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
  'ERR_SSL_TLSV1_UNRECOGNIZED_NAME',
]);

/** Node's message for a TLS handshake the server cut: reported as ECONNRESET, yet nothing was sent. */
const TLS_HANDSHAKE_CUT = /before secure TLS connection was established/;

/** True when a failure is a TLS handshake that failed or was cut before anything was sent. */
export const tlsRefused: SentNothing = ({ code, message }) =>
  (typeof code === 'string' && TLS_REFUSED.has(code)) ||
  (typeof message === 'string' && TLS_HANDSHAKE_CUT.test(message));
