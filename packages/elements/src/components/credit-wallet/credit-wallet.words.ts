import { Words } from '../../i18n/words.js';
import { creditWalletMessages, type CreditWalletMessages } from './credit-wallet.messages.js';

/** `<xh-credit-wallet>`’s words: the English ones load the first time it renders in English. */
export const creditWalletWords = new Words<CreditWalletMessages>(
  creditWalletMessages,
  async () => (await import('./credit-wallet.messages.en.js')).creditWalletMessagesEn,
);
