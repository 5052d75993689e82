import { describe, expect, it } from 'vitest';
import { reviewSection } from '@/lib/report/draft-review';
import { figureKeysIn } from '@/lib/report/figure-key';
import { findPlaceholders } from '@/lib/report/placeholders';

describe('reviewSection', () => {
  it('sets last year’s problems and plans against now with figures, each count defined as its list is', () => {
    const review = reviewSection(2026, { problems: true, plans: true });
    expect(review).toMatchObject({ level: 1, kind: 'review', heading: '对照2025年报告的落实情况' });
    expect(review.body.split('\n')).toEqual([
      '2025年查摆的问题整改情况：共{{rectification:found=previous}}个，已对账销号{{rectification:found=previous,state=checked_off}}个、已完成整改待销号{{rectification:found=previous,state=completed}}个、正在整改{{rectification:found=previous,state=in_progress}}个，逐项为：{{list.rectification:found=previous}}。',
      '2025年计划的书记项目落实情况：共{{secretary_projects}}个，{{list.secretary_projects}}。',
    ]);
    expect(findPlaceholders(review.body)).toEqual([]);
  });

  it('asks the secretary to write what last year did not record', () => {
    const review = reviewSection(2026, { problems: false, plans: false });
    expect(figureKeysIn([review.body])).toEqual([]);
    expect(findPlaceholders(review.body).map((p) => p.match)).toEqual([
      '【请填写：2025年查摆问题的整改情况（系统中未登记2025年查摆的问题）】',
      '【请填写：2025年计划的书记项目落实情况（系统中未登记2026年的书记项目）】',
    ]);
  });
});
