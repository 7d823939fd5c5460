import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportRequest, ImportResult } from '../../../../contracts/participant-import.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// Importing people from a file (decision 0018): a dry run first, which changes nothing,
// then the real run the user confirms. The file travels as base64 in JSON.

export function useImportDryRun() {
  return useMutation({
    mutationFn: (body: ImportRequest) => api<ImportResult>(withQuery('/api/participants/import', { dryRun: true }), { method: 'POST', body }),
  });
}

export function useImportRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportRequest) => api<ImportResult>(withQuery('/api/participants/import', { dryRun: false }), { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['participants'] }),
  });
}
