import { createContext } from '@lit/context';
import type { XinghuiBrowserClient } from '@xinghui/sdk';

/**
 * How the components inside an `<xh-provider>` get their SDK client: a function, so that a bad
 * publishable key surfaces as each component's own setup error, where the shop owner sees it.
 */
export type ClientResolver = () => XinghuiBrowserClient;

/** The context an `<xh-provider>` provides and every component consumes. */
export const clientContext = createContext<ClientResolver | undefined>(Symbol('xinghui-client'));
