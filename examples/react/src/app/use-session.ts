import { useEffect, useState } from 'react';
import type { ComponentSession } from '../server/backend.js';

/** Asks the backend for a session (`/api/checkout`, `/api/wallet-session`) once. */
export function useSession(path: string): ComponentSession | Error | undefined {
  const [session, setSession] = useState<ComponentSession | Error>();
  useEffect(() => {
    const controller = new AbortController();
    fetch(path, { method: 'POST', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        setSession((await response.json()) as ComponentSession);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setSession(error instanceof Error ? error : new Error(String(error)));
      });
    return () => controller.abort();
  }, [path]);
  return session;
}
