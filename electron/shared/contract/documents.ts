import type { GeneratedFile } from '../generated-file';
import {
  documentDraftGetSchema,
  documentDraftSaveSchema,
  documentExportSchema,
  documentFinaliseSchema,
  documentKindsSchema,
  documentListSchema,
  documentPreviewSchema,
  documentSentSchema,
  type DocumentKindInfo,
  type DocumentSummary,
  type LetterDraft,
  type SavedLetterDraft,
  type LetterPreview,
} from '../document-contract';
import { channel } from './define-channel';

/** Letters and notices: which fit a case, the preview, finalising, the case's documents, their sending and drafts. */
export const documentChannels = {
  'documents.kinds': channel(documentKindsSchema).returns<DocumentKindInfo[]>(),
  'documents.preview': channel(documentPreviewSchema).returns<LetterPreview>(),
  'documents.finalise': channel(documentFinaliseSchema).returns<DocumentSummary>(),
  'documents.list': channel(documentListSchema).returns<DocumentSummary[]>(),
  'documents.export': channel(documentExportSchema).returns<GeneratedFile>(),
  'documents.sent': channel(documentSentSchema).returns<DocumentSummary>(),
  'documents.draftSave': channel(documentDraftSaveSchema).returns<SavedLetterDraft>(),
  'documents.draftGet': channel(documentDraftGetSchema).returns<LetterDraft | null>(),
};
