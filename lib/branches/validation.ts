import { branchKinds } from '@/lib/branches/model';
import { requiredEnum, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

/** The kind of organisation the branch belongs to (机关, 村（社区） …). */
export const branchKindSchema = z.object({ version, kind: requiredEnum('单位类别', branchKinds) });

export type BranchKindInput = z.infer<typeof branchKindSchema>;
