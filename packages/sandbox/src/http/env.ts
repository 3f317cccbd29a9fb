import type { Bank } from '../engine/bank.js';

/** What the bank's HTTP layer keeps per request. */
export interface Env {
  /** What the server that runs the app tells it (nothing for in-process calls). */
  Bindings: {
    /** The address `startServer` bound to (`--host`): one more name the sandbox answers to. */
    serverHost?: string;
    /** The client's address, for rate limits of calls without a credential. */
    remoteAddress?: string;
    /**
     * The request body as the server received it (Node's request stream): read directly, it
     * spares building a web `Request` and stream per call (`readBody`).
     */
    bodyStream?: AsyncIterable<Uint8Array>;
  };
  Variables: {
    bank: Bank;
    /** `req_…`: returned in a header and in every error. */
    requestId: string;
    /** The partner the request authenticated as, once known (for the log). */
    partnerId?: string;
    /** The body limit in force (`createApp`'s `maxBodyBytes`). */
    maxBodyBytes?: number;
    /** Set when the client went away before its answer: the log says so. */
    clientDisconnected?: boolean;
    /**
     * The text of the answer `send` gave, for middleware that reads it after (the decision
     * delay, the request log): reading it back from the Response would clone its stream.
     */
    replyBody?: string;
    /**
     * The headers of the answer, as one plain record filled in as the call goes (the request
     * id, CORS, a replay's flag…): `send` builds its Response from it once, and node-server
     * writes a plain record without building web `Headers`. Other answers (a dashboard page, a
     * preflight) get it copied on after the handler.
     */
    replyHeaders: Record<string, string>;
    /** The Response `send` built, told apart from answers made otherwise. */
    reply?: Response;
  };
}
