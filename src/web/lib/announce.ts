import { useSyncExternalStore } from 'react';

// One polite live region in the shell says what just happened ("Saved"). A message
// belongs to the page it was said on: it goes when the user moves to another page,
// or after ten seconds. One said just before going to a new page ("Centre created",
// then its page opens) stays for that page.

let message = '';
let keepOnNextPage = false;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function clear() {
  clearTimeout(timer);
  keepOnNextPage = false;
  if (!message) return;
  message = '';
  emit();
}

export function announce(text: string, options: { forNextPage?: boolean } = {}) {
  message = text;
  keepOnNextPage = options.forNextPage ?? false;
  emit();
  clearTimeout(timer);
  timer = setTimeout(clear, 10_000);
}

/** The shell calls this whenever the page (path) changes. */
export function pageChanged() {
  if (keepOnNextPage) keepOnNextPage = false;
  else clear();
}

/** What the live region says now. */
export function currentAnnouncement(): string {
  return message;
}

export function useAnnouncement(): string {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentAnnouncement);
}
