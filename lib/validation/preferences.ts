import { recordId } from './fields';
import { z } from './zod';

export const switchYearSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const switchBranchSchema = z.object({ branchId: recordId });
