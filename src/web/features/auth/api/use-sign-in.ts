import { useMutation } from '@tanstack/react-query';
import type { LoginBody, Me } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { useSetMe } from '../../../lib/session.ts';

export function useSignIn() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (body: LoginBody) => api<Me>('/api/auth/login', { method: 'POST', body, quietUnauthorized: true }),
    onSuccess: (me) => setMe(me),
  });
}
