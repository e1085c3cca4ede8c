import { storage } from 'wxt/utils/storage';
import type { DailyRates } from '@/lib/rates';

/** The last attempt to fetch the ECB's daily rates: written by the worker, shown by the popup. */
export interface StoredDailyRates {
  /** When the last attempt was made (ms since epoch), successful or not. */
  triedAt: number;
  daily: DailyRates | null;
  error?: string;
}

export const dailyRatesItem = storage.defineItem<StoredDailyRates | null>('local:dailyRates', { fallback: null });
