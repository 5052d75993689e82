/** Money at or above this many 元 reads better in 万元 (as the report writes "投入资金8万元"). */
const tenThousand = 10_000;

function trimNumber(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toLocaleString('zh-CN', { maximumFractionDigits: digits });
}

/** A quantity with its unit: "3,600 元", "8 万元", "12.5 亩"; large money amounts in 万元. */
export function formatQuantity(quantity: number, unit: string): string {
  if (unit === '元' && Math.abs(quantity) >= tenThousand) return `${trimNumber(quantity / tenThousand, 2)} 万元`;
  return `${trimNumber(quantity, 2)} ${unit}`;
}

export type Target = { outputTypeId: number; quantity: number };

export type TargetProgress = Target & {
  achieved: number;
  /** Share of the target reached, 0–1 (capped), for a progress bar. */
  share: number;
  met: boolean;
};

/** Each target of a plan against what the project's activities have produced of that output type. */
export function targetProgress(targets: Target[], achieved: ReadonlyMap<number, number>): TargetProgress[] {
  return targets.map((target) => {
    const done = achieved.get(target.outputTypeId) ?? 0;
    return {
      ...target,
      achieved: done,
      share: target.quantity > 0 ? Math.min(1, done / target.quantity) : 1,
      met: done >= target.quantity,
    };
  });
}
