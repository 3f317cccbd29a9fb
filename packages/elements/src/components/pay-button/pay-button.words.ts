import { Words } from '../../i18n/words.js';
import { payButtonMessages, type PayButtonMessages } from './pay-button.messages.js';

/** `<xh-pay-button>`’s words: the English ones load the first time it renders in English. */
export const payButtonWords = new Words<PayButtonMessages>(
  payButtonMessages,
  async () => (await import('./pay-button.messages.en.js')).payButtonMessagesEn,
);
