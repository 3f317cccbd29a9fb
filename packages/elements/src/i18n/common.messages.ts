/**
 * A wait in words a shop owner reads at a glance: seconds under a minute, then minutes, then
 * hours, rounded up (a wait is never shorter than it says).
 */
export function waitIn(seconds: number, locale: 'zh-CN' | 'en'): string {
  const s = Math.max(1, Math.ceil(seconds));
  const [amount, zh, en] =
    s < 60
      ? [s, '秒', 's']
      : s < 3_600
        ? [Math.ceil(s / 60), '分钟', 'min']
        : [Math.ceil(s / 3_600), '小时', 'h'];
  return locale === 'zh-CN' ? `${amount} ${zh}` : `${amount} ${en}`;
}

/** Words every component uses: the one-time-code step and the ways a call can fail. */
export interface CommonMessages {
  sendingCode: string;
  codeSentTo(phone: string): string;
  codeLabel: string;
  codeHint: string;
  resend: string;
  resendIn(seconds: number): string;
  wrongCode(left: number): string;
  codeExpired: string;
  codeLocked: string;
  getNewCode: string;
  tooSoon(seconds: number): string;
  /** The bank refused more codes or guesses for now (`rate_limited`): how long to wait. */
  rateLimited(seconds: number): string;
  networkError: string;
  networkErrorDetail: string;
  retry: string;
  cancel: string;
  /** A refusal the component has no words of its own for, named by the bank's error code. */
  unexpected(code: string): string;
}

/** What a flow's shared failure handling says, in each component's own words where they differ. */
export interface FlowMessages extends CommonMessages {
  /** The session (checkout or wallet) has expired. */
  expired: string;
  /** The component is set up wrong (no publishable key, a secret key in the page). */
  setupError: string;
}

/** In Chinese; `common.messages.en.ts` has them in English (see `words.ts`). */
export const commonMessages: CommonMessages = {
  sendingCode: '正在发送验证码…',
  codeSentTo: (phone) => `验证码已发送至 ${phone}`,
  codeLabel: '短信验证码',
  codeHint: '请输入 6 位数字验证码',
  resend: '重新发送',
  resendIn: (seconds) => `${seconds} 秒后可重新发送`,
  wrongCode: (left) => `验证码不正确，还可尝试 ${left} 次`,
  codeExpired: '验证码已过期，请重新获取',
  codeLocked: '验证码错误次数过多，已失效。请重新获取验证码',
  getNewCode: '重新获取验证码',
  tooSoon: (seconds) => `请 ${seconds} 秒后再获取验证码`,
  rateLimited: (seconds) =>
    `为保护您的账户，验证码的获取或尝试次数已达上限，请 ${waitIn(seconds, 'zh-CN')}后再试`,
  networkError: '网络连接失败，操作未完成',
  networkErrorDetail: '请检查网络后重试；重试不会重复扣款。',
  retry: '重试',
  cancel: '返回',
  unexpected: (code) => `银行未能完成此操作（${code}）。请稍后重试，或联系平台客服。`,
};
