import { optionalDate, requiredText, version } from './fields';
import { todayIso } from '@/lib/clock';
import { z } from './zod';

/** The day the branch began keeping its records here (blank: its whole history is here), and why it changes. */
export const recordsFromSchema = z.object({
  version,
  recordsFrom: optionalDate('开始使用日期').refine((date) => date === null || date <= todayIso(), '开始使用日期不能晚于今天'),
  reason: requiredText('修改原因', 200),
});
