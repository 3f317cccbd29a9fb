import { Words } from '../../i18n/words.js';
import { oneClickLoanMessages, type OneClickLoanMessages } from './one-click-loan.messages.js';

/** `<xh-one-click-loan>`’s words: the English ones load the first time it renders in English. */
export const oneClickLoanWords = new Words<OneClickLoanMessages>(
  oneClickLoanMessages,
  async () => (await import('./one-click-loan.messages.en.js')).oneClickLoanMessagesEn,
);
