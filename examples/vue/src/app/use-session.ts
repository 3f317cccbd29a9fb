import { onScopeDispose, shallowRef } from 'vue';
import type { ComponentSession } from '@xinghui/example-react/server';

/** Asks the backend for a session (`/api/checkout`, `/api/wallet-session`) once. */
export function useSession(path: string) {
  const session = shallowRef<ComponentSession>();
  const error = shallowRef<Error>();
  const controller = new AbortController();
  fetch(path, { method: 'POST', signal: controller.signal })
    .then(async (response) => {
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      session.value = (await response.json()) as ComponentSession;
    })
    .catch((reason: unknown) => {
      if (!controller.signal.aborted) {
        error.value = reason instanceof Error ? reason : new Error(String(reason));
      }
    });
  onScopeDispose(() => controller.abort());
  return { session, error };
}
