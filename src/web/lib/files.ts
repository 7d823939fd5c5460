import { ATTACHMENT_CONTENT_TYPES, PARTICIPANT_LIMITS } from '../../contracts/participants.ts';
import type { TFunction } from 'i18next';
import type { Language } from '../../contracts/roles.ts';
import type { FormProblem } from './form-errors.ts';
import { formatFileSize } from './format.ts';

export const SIGNED_DOCUMENT_MAX_MB = PARTICIPANT_LIMITS.attachmentMaxBytes / 1024 / 1024;

// Files travel to and from the API as base64 in JSON (decision 0018): these turn a
// chosen file into base64 and base64 back into something a link can download.

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

/**
 * Why a chosen signed document (PDF, JPEG or PNG, a consent or a plan agreement) cannot be
 * sent, in the reader's language, checked before it is read; the server checks its content
 * again. Undefined when it may go.
 */
export function signedDocumentProblem(file: File, t: TFunction, language: Language): string | undefined {
  if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(file.type)) return t('files.documentType');
  if (file.size > PARTICIPANT_LIMITS.attachmentMaxBytes) {
    return t('files.documentTooLarge', { size: formatFileSize(file.size, language), max: SIGNED_DOCUMENT_MAX_MB });
  }
  if (file.size === 0) return t('files.documentEmpty');
  return undefined;
}

/** The API names a document's parts (document.contentBase64, document.contentType…); they all belong to the one file input. */
export function onDocumentField(problem: FormProblem): FormProblem {
  const fields: Record<string, string> = {};
  for (const [field, text] of Object.entries(problem.fields)) fields[field.startsWith('document') ? 'document' : field] = text;
  return { ...problem, fields };
}
