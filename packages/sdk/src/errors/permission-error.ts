import { XinghuiError } from './xinghui-error.js';

/** The credential is valid but may not do this: a client secret outside its session, a page origin not allowed, a publishable key on a server call (403). */
export class XinghuiPermissionError extends XinghuiError {
  override name = 'XinghuiPermissionError' as const;
}
