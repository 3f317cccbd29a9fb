// Calls to the platform's own backend (/api). The page never talks to the bank with a key
// of its own: only <xh-pay-button> does, with the publishable key and this order's client secret.

/** A refusal from the platform's API: `{ error: { code, message } }`. */
export class ApiError extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/**
 * Sends a request to `/api${path}` and returns the JSON answer. Not logged in → off to the
 * login page.
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [options]
 * @returns {Promise<any>}
 */
export async function api(path, { method = 'GET', body } = {}) {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (response.ok) return data;
  if (response.status === 401 && location.pathname !== '/login.html') {
    location.assign('/login.html');
  }
  throw new ApiError(
    response.status,
    data?.error?.code ?? 'http_error',
    data?.error?.message ?? `HTTP ${response.status}`,
  );
}

/** What to tell the shop owner about a failed call, in Chinese. */
const MESSAGES = {
  cart_empty: '进货单是空的。',
  unknown_product: '进货单里有已下架的商品，请删除后重试。',
  invalid_quantity: '每种商品的数量需为 1 到 999 的整数。',
  order_not_found: '找不到这张订单。',
  payment_not_complete: '银行还没有确认这笔付款，请稍后刷新。',
  code_not_sent: '还没有发送验证码。',
  order_not_paid: '这张订单还没有付款。',
  order_already_shipped: '这张订单已经发货了。',
  order_not_shipped: '供应商还没有发货，暂时不能确认收货。',
  order_disputed: '这张订单正在争议处理中，银行已暂停放款。',
  order_closed: '银行已不再托管这张订单的货款。',
  invalid_carrier: '请填写承运快递公司。',
  invalid_tracking_number: '请填写运单号。',
  bank_error: '银行暂时无法处理，请稍后重试。',
};

/** @param {unknown} error */
export function describeError(error) {
  if (error instanceof ApiError) {
    return (
      MESSAGES[/** @type {keyof typeof MESSAGES} */ (error.code)] ?? `出错了：${error.message}`
    );
  }
  return '网络异常，请检查连接后重试。';
}
