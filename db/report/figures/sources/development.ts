import 'server-only';
import { and, eq } from 'drizzle-orm';
import { developmentStepsTable } from '@/db/report/figures/tables';
import { between, type FigureSource, oneOf } from '@/db/report/figures/types';
import { developmentRecords, developmentStepRecords } from '@/db/schema';
import { type DevelopmentStepCode, developmentSteps, stepNumber } from '@/lib/development/steps';

/** The steps that change a person's standing, named as the report names them. */
const stepSubjects: Partial<Record<DevelopmentStepCode, string>> = {
  application: '递交入党申请',
  activist_confirmed: '确定入党积极分子',
  candidate_confirmed: '确定发展对象',
  admission_approved: '接收预备党员',
  full_approved: '预备党员转正',
};

function stepSubject(code: DevelopmentStepCode): string {
  const step = developmentSteps.find((s) => s.code === code)!;
  return stepSubjects[code] ?? `第${stepNumber(code)}步“${step.name}”`;
}

export const developmentSource: FigureSource = {
  key: 'development',
  group: '发展党员',
  params: ['step'],
  plan(params, ctx) {
    const codes = developmentSteps.map((s) => s.code);
    if (!params.step || !oneOf(codes, params.step))
      return `请用 step 指定发展党员的步骤（如 activist_confirmed、candidate_confirmed、full_approved）`;
    return {
      table: developmentStepsTable,
      where: and(eq(developmentStepRecords.code, params.step), between(developmentStepRecords.date, ctx.range)),
      measure: { kind: 'distinct', of: developmentRecords.personId, perBranch: true },
      subject: stepSubject(params.step),
      measureLabel: '人数',
      unit: '名',
    };
  },
  entries: () => developmentSteps.map((s) => ({ step: s.code })),
};
