import type { CaseType } from '../../shared/document-contract';
import type { LetterSource } from './letters/letter-source';
import { breachNoticeSource } from './breach-notices/breach-notice-source';
import { requestLetterSource } from './request-letters/request-letter-source';

/** The case types that have letters, each with its source. */
export const SOURCES: Record<CaseType, LetterSource> = { request: requestLetterSource, breach: breachNoticeSource };
