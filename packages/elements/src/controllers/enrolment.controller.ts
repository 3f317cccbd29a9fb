import {
  creditCodeProblem,
  type ClientCheckoutSession,
  type CreateClientCreditApplicationParams,
  type CreditApplication,
  type CreditLine,
} from '@xinghui/contract';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { EnrolmentMessages } from '../i18n/enrolment.messages.js';
import type { Locale } from '../i18n/locale.js';
import type { ConsentText } from './enrolment-consents.js';

/** The fields a shop owner may type: the identity only when the details on file are not theirs. */
export type EnrolmentField =
  'business_name' | 'credit_code' | 'owner_name' | 'phone' | 'months_trading';

const IDENTITY: readonly EnrolmentField[] = ['business_name', 'credit_code', 'owner_name', 'phone'];
const MOBILE = /^1[3-9]\d{9}$/;

/** The shop as the partner registered it, masked as the session's page view has it. */
export type ShopOnFile = ClientCheckoutSession['buyer'];

/**
 * Enrolling a shop for a credit line (开通星辉贷) from its checkout: the details the partner
 * registered, shown masked for the shop to confirm (or typed in full when they are not its
 * own), how long it has traded, each consent the shop can give (the credit-query one required;
 * the others, as the bank lists them, optional) and, once applied, the bank's decision and the
 * new line. The bank checks everything again; this keeps what the form shows and sends.
 */
export class EnrolmentController {
  /** The shop on file; `undefined` for a bank from before the masked fields (then typed). */
  onFile: ShopOnFile | undefined;
  /** The shop owner types the details instead of confirming those on file. */
  typing = false;
  values: Record<EnrolmentField, string> = {
    business_name: '',
    credit_code: '',
    owner_name: '',
    phone: '',
    months_trading: '',
  };
  /** The consent texts to show, each with its type, in the bank's order. */
  consents: ConsentText[] = [];
  /** Which consents the shop ticked, by type. */
  given: Record<string, boolean> = {};
  errors: Partial<Record<EnrolmentField | 'credit_query', string>> = {};
  /** The bank's decision, once applied. */
  application: CreditApplication | undefined;
  /** The line an approval opened: limit, APR, validity, terms. */
  line: CreditLine | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly messages: () => EnrolmentMessages,
  ) {}

  /** The identity fields shown as inputs: all four while typing, none when confirming. */
  get fields(): readonly EnrolmentField[] {
    return this.typing ? [...IDENTITY, 'months_trading'] : ['months_trading'];
  }

  /** Shows the form for `session`'s shop, with the consent texts the bank sent. */
  start(session: ClientCheckoutSession, consents: ConsentText[]): void {
    const { buyer } = session;
    this.onFile = buyer.credit_code_masked && buyer.owner_name_masked ? buyer : undefined;
    if (!this.onFile) this.typing = true;
    this.consents = consents;
    this.host.requestUpdate();
  }

  /** Types the details instead (`true`), or goes back to those on file. */
  type(typing: boolean): void {
    this.typing = typing || !this.onFile;
    this.errors = {};
    this.host.requestUpdate();
  }

  /** What the shop owner typed in `field`; a credit code in capitals, as on the licence. */
  input(field: EnrolmentField, input: HTMLInputElement): void {
    let value = input.value;
    if (field === 'credit_code' && value.toUpperCase() !== value) {
      const caret = input.selectionStart;
      value = input.value = value.toUpperCase();
      input.setSelectionRange(caret, caret);
    }
    this.values = { ...this.values, [field]: value };
    // The credit code is checked as it is typed; other fields once they were marked wrong.
    if (field === 'credit_code' || this.errors[field]) {
      this.errors = { ...this.errors, [field]: this.#problem(field, false) };
    }
    this.host.requestUpdate();
  }

  /** The shop owner left `field`: a credit code typed so far is now checked in full. */
  blur(field: EnrolmentField): void {
    if (field === 'credit_code' && this.values.credit_code) {
      this.errors = { ...this.errors, credit_code: this.#problem('credit_code', true) };
      this.host.requestUpdate();
    }
  }

  /** Ticks or unticks the consent of `type`. */
  consent(type: string, given: boolean): void {
    this.given = { ...this.given, [type]: given };
    if (type === 'credit_query' && given) this.errors = { ...this.errors, credit_query: undefined };
    this.host.requestUpdate();
  }

  /**
   * Checks the whole form; returns the id of the first element to fix (for focus), or
   * `undefined` when it can be sent.
   */
  check(): string | undefined {
    const errors: EnrolmentController['errors'] = {};
    for (const field of this.fields) errors[field] = this.#problem(field, true);
    if (!this.given.credit_query) errors.credit_query = this.messages().creditQueryRequired;
    this.errors = errors;
    this.host.requestUpdate();
    const first = [...this.fields, 'credit_query' as const].find((field) => errors[field]);
    if (!first) return undefined;
    return first === 'credit_query' ? 'consent-credit_query' : first.replace('_', '-');
  }

  /**
   * Gives the ticked consents (each with the version of the text shown), then applies: on the
   * details on file, or on those typed. Returns the bank's decision; on approval, also reads
   * the new line.
   */
  async apply(
    client: XinghuiBrowserClient,
    clientSecret: string,
    locale: Locale,
    signal: AbortSignal,
  ): Promise<CreditApplication> {
    for (const { type, template } of this.consents) {
      if (!this.given[type]) continue;
      await client.consents.create(
        clientSecret,
        { type, template_version: template.version, locale },
        { signal },
      );
    }
    const months = { months_trading: Number(this.values.months_trading.trim()) };
    const params: CreateClientCreditApplicationParams = this.typing
      ? {
          business_name: this.values.business_name.trim(),
          credit_code: this.values.credit_code.trim(),
          owner_name: this.values.owner_name.trim(),
          phone: this.values.phone.trim(),
          ...months,
        }
      : months;
    const application = await client.credit.apply(clientSecret, params, { signal });
    this.application = application;
    this.line =
      application.status === 'approved'
        ? await client.credit.retrieveLine(clientSecret, { signal })
        : undefined;
    this.host.requestUpdate();
    return application;
  }

  /**
   * After a refusal: back to the form as it was, to fix and apply again. When the details did
   * not match the shop on file, the owner types them (what was on file did not describe them).
   */
  again(): void {
    const mismatch = this.application?.reasons.some((r) => r.code === 'identity_mismatch');
    if (mismatch) this.typing = true;
    this.application = undefined;
    this.host.requestUpdate();
  }

  /** What is wrong with a field, if anything; `complete` once the person is done typing. */
  #problem(field: EnrolmentField, complete: boolean): string | undefined {
    const t = this.messages();
    const text = this.values[field].trim();
    if (!text) return complete ? t.required : undefined;
    switch (field) {
      case 'credit_code': {
        // While typing, a short code is not wrong yet, but a wrong character already is: the
        // validator reads the part typed so far, padded with zeros (valid in every position).
        const typing = !complete && text.length < 18;
        const problem = creditCodeProblem(typing ? text.padEnd(18, '0') : text);
        if (typing && problem !== 'characters') return undefined;
        return problem ? t.creditCodeProblems[problem] : undefined;
      }
      case 'phone':
        return MOBILE.test(text) || (!complete && text.length < 11 && /^\d*$/.test(text))
          ? undefined
          : t.phoneInvalid;
      case 'months_trading':
        return /^\d{1,4}$/.test(text) && Number(text) <= 1200 ? undefined : t.monthsInvalid;
      default:
        return undefined;
    }
  }
}
