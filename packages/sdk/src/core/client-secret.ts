import { CLIENT_SECRET_HEADER } from '@xinghui/contract';
import { XinghuiConfigurationError } from '../errors/index.js';
import type { RequestOptions } from './options.js';
import { clientSecret as clientSecretSchema } from './page-validators.generated.js';
import type { Issue } from './validate.js';

/**
 * The part of a page's call that scopes it to one session: the client secret, sent as a header
 * (never in the URL, where logs would keep it). A malformed secret fails before any request.
 *
 * @throws {@link XinghuiConfigurationError}
 */
export function scopedTo(clientSecret: string, options: RequestOptions | undefined) {
  const issues: Issue[] = [];
  clientSecretSchema(clientSecret, [], issues); // the contract's ClientSecret, generated
  if (issues.length > 0) {
    throw new XinghuiConfigurationError({
      message:
        'This is not a client secret: pass the client_secret your server got when it created the session ("cs_…_secret_…")',
    });
  }
  return { headers: { [CLIENT_SECRET_HEADER]: clientSecret }, options };
}
