import { useMutation } from '@tanstack/react-query';
import type { Language } from '../../contracts/roles.ts';
import { api } from './api-client.ts';
import { applyLanguage, rememberLanguage } from './i18n.ts';
import { useMe } from './session.ts';

/** Switch the interface language, remember it in the cookie and, when signed in, on the account. */
export function useSwitchLanguage() {
  const me = useMe();
  const save = useMutation({
    mutationFn: (language: Language) => api<void>('/api/auth/me', { method: 'PATCH', body: { language } }),
  });
  return (language: Language) => {
    rememberLanguage(language);
    applyLanguage(language);
    if (me) save.mutate(language);
  };
}
