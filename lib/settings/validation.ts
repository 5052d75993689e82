import { checkbox, optionalPastDate, requiredText, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

/** The day the branch began keeping its records here (blank: its whole history is here), and why it changes. */
export const recordsFromSchema = z.object({
  version,
  recordsFrom: optionalPastDate('开始使用日期'),
  reason: requiredText('修改原因', 200),
});

/** The branch's 党务公开 four-eyes rule on or off. */
export const noticeFourEyesSchema = z.object({ version, noticeFourEyes: checkbox });

/** Ends 上线准备: the dashboard shows the meeting warnings from then on. */
export const completeSetupSchema = z.object({ version });
