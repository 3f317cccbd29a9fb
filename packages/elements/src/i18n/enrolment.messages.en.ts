import type { EnrolmentMessages } from './enrolment.messages.js';

/** `enrolmentMessages` in English, loaded with the first English component (see `words.ts`). */
export const enrolmentMessagesEn: EnrolmentMessages = {
  enrolTitle: 'Get Xinghui Credit',
  enrolIntro: 'Confirm your shop’s details and give your consent: the bank decides at once.',
  onFile: 'Your shop as the platform registered it',
  onFileHint: 'Parts are hidden to protect you. Check that this is your shop.',
  editDetails: 'Not right? Type your details',
  useOnFile: 'Use the details on file',
  businessName: 'Business name',
  creditCode: 'Unified social credit code',
  creditCodeHint: '18 characters, on your business licence',
  ownerName: 'Legal representative',
  phone: 'Mobile number',
  monthsTrading: 'Months trading',
  monthsTradingHint: 'How many months your shop has traded',
  required: 'Fill this in',
  creditCodeProblems: {
    length: 'A unified social credit code has 18 characters',
    characters: 'Only digits and capital letters (no I, O, S, V or Z)',
    check_character: 'The last character does not match: check the code on your licence',
  },
  phoneInvalid: 'Enter an 11-digit mobile number, such as 13800138000',
  monthsInvalid: 'Enter a whole number from 0 to 1200',
  agreeTo: (title) => `I have read and agree to the ${title}`,
  optionalConsent: {
    data_sharing: ' (optional: for limit increases later)',
    direct_debit: ' (optional: repay from your Xinghui Wallet on each due date, never late)',
  },
  creditQueryRequired: 'Applying needs your credit report authorisation',
  apply: 'Consent and apply',
  fixErrors: 'Fix the marked fields first',
  deciding: 'Deciding… one moment',
  approved: 'Approved: Xinghui Credit is open',
  approvedDetail:
    'Here is your credit line. Each loan’s amount, interest and schedule are shown before you borrow.',
  limit: 'Credit limit',
  validUntil: 'Valid until',
  termsOffered: 'Ways to repay',
  continueToLoan: 'Pay this order with Xinghui Credit',
  declined: 'Your application was not approved',
  declinedReasons: 'Why:',
  applyAgain: 'Fix and apply again',
  referred: 'A person will review your application',
  referredDetail:
    'We will let you know soon. For this order, please pay another way for now, such as your Xinghui Wallet.',
};
