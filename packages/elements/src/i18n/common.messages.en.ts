import { waitIn, type CommonMessages } from './common.messages.js';

/** `commonMessages` in English, loaded with the first English component (see `words.ts`). */
export const commonMessagesEn: CommonMessages = {
  sendingCode: 'Sending a verification code…',
  codeSentTo: (phone) => `We sent a code to ${phone}`,
  codeLabel: 'SMS code',
  codeHint: 'Enter the 6-digit code',
  resend: 'Send again',
  resendIn: (seconds) => `Send again in ${seconds} s`,
  wrongCode: (left) => `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left`,
  codeExpired: 'The code has expired. Get a new one',
  codeLocked: 'Too many wrong codes: this one no longer works. Get a new code',
  getNewCode: 'Get a new code',
  tooSoon: (seconds) => `Wait ${seconds} s before asking for another code`,
  rateLimited: (seconds) =>
    `To protect your account, no more codes can be sent or checked for now. Try again in ${waitIn(seconds, 'en')}`,
  networkError: 'Connection failed: nothing was done',
  networkErrorDetail: 'Check your connection and try again; retrying never charges twice.',
  retry: 'Try again',
  cancel: 'Back',
  unexpected: (code) =>
    `The bank could not do this (${code}). Try again later, or contact the platform's support.`,
};
