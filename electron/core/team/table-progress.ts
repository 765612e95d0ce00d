/** Where a move between the vault and a team server has got to: one table, rows copied of its total. */
export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

/** Told after each page of rows a move copies. */
export type OnCopyProgress = (progress: CopyProgress) => void;
