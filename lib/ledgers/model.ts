/** The level of an honour, a brand or a post in a branch-defined ledger (评先评优 国家级 … 单位). */
export const ledgerLevels = ['national', 'provincial', 'city', 'county', 'unit'] as const;
export type LedgerLevel = (typeof ledgerLevels)[number];

export const ledgerLevelLabels: Record<LedgerLevel, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  county: '县级',
  unit: '单位',
};

/**
 * What an entry of a ledger holds besides its date and title. A ledger switches each on when it is
 * defined; a template switches on the ones its records need.
 */
export type LedgerShape = {
  /** The measure word entries are counted in (项, 次, 人 …). */
  unit: string;
  /** Entries carry a quantity in this unit (人, 平方米, 个 …); null: no quantity. */
  quantityUnit: string | null;
  /** Entries carry an amount of money in 元 (stored in 分). */
  hasAmount: boolean;
  /** Entries name people of the branch (honoured, on duty, visited …). */
  hasPeople: boolean;
  /** Entries carry a level (国家级 … 单位). */
  hasLevel: boolean;
  /** The tags an entry may carry; empty: entries carry none. */
  tags: string[];
  /** Entries may carry files (photos, scans). */
  hasAttachments: boolean;
};

/** The `entity` of an entry's files in the attachment store. */
export const ledgerEntryEntity = 'ledger_entries';
