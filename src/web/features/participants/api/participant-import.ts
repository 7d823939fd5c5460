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

/** The file's content as base64, without the data-URL prefix. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A base64 file as a Blob, for a download link. */
export function blobOf(contentBase64: string, type: string): Blob {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** The roles that may import (the server's PERMISSIONS['participant.import']), to offer only their organisations. */
export const IMPORT_ROLES: readonly string[] = ['administrator', 'programme_manager', 'case_manager', 'employment_officer'];
