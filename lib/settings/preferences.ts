import { currentYear } from '@/lib/clock';
import { recordId } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';
import { firstYear } from '@/lib/years';

/** A year the app keeps records for: the first year up to next year. */
export const workingYear = z.coerce
  .number('年度无效')
  .int('年度无效')
  .min(firstYear, `年度不能早于${firstYear}年`)
  .refine((year) => year <= currentYear() + 1, '年度不能晚于明年');

export const switchYearSchema = z.object({ year: workingYear });
export const switchBranchSchema = z.object({ branchId: recordId });
