import { createHash } from 'node:crypto';
import { errors } from '../http/errors.ts';
import { ATTACHMENT_CONTENT_TYPES, PARTICIPANT_LIMITS, type AttachmentUpload } from '../../contracts/participants.ts';

// A signed document sent as base64 in JSON (a consent, an agreed action plan), checked
// before it is stored in `attachments`: the declared type must match the file's first
// bytes, so a renamed executable is not served back as a PDF.

const MAGIC: Record<(typeof ATTACHMENT_CONTENT_TYPES)[number], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export interface DecodedDocument {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

/** The uploaded file, decoded and checked: real base64, an accepted type whose content matches it, not too large. */
export function decodeDocument(document: AttachmentUpload, field = 'document'): DecodedDocument {
  const base64 = document.contentBase64.replace(/\s+/g, '');
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw errors.validation([{ field: `${field}.contentBase64`, problem: 'file_encoding' }]);
  const bytes = Buffer.from(base64, 'base64');
  const maxMb = PARTICIPANT_LIMITS.attachmentMaxBytes / 1024 / 1024;
  if (bytes.length > PARTICIPANT_LIMITS.attachmentMaxBytes) throw errors.validation([{ field: `${field}.contentBase64`, problem: 'file_too_large', params: { maxMb } }]);
  const contentType = document.contentType.toLowerCase().trim() as (typeof ATTACHMENT_CONTENT_TYPES)[number];
  // hasOwn: a type such as "constructor" must not find Object's own members.
  const magic = Object.hasOwn(MAGIC, contentType) ? MAGIC[contentType] : undefined;
  if (!magic || !magic.every((byte, index) => bytes[index] === byte)) throw errors.validation([{ field: `${field}.contentType`, problem: 'file_type' }]);
  return { fileName: document.fileName, contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The `attachments` row of a decoded document. */
export function attachmentRow(document: DecodedDocument, organisationId: string, uploadedBy: string) {
  return {
    organisation_id: organisationId,
    file_name: document.fileName,
    content_type: document.contentType,
    size_bytes: document.bytes.length,
    sha256: document.sha256,
    content: document.bytes,
    uploaded_by: uploadedBy,
  };
}
