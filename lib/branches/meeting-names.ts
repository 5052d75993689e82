import type { BranchKind } from '@/lib/branches/model';
import { type BuiltInMeetingKind, defaultMeetingKinds } from '@/lib/meetings/model';

/**
 * The built-in meeting kinds' display names where branches of a kind usually call them otherwise (a
 * village's or an enterprise's 集中学习, a school's or a hospital's 政治理论学习). Only the name differs:
 * the codes, and the rules and figures that read them, stay the same.
 */
const renamed: Record<BranchKind, Partial<Record<BuiltInMeetingKind, string>>> = {
  agency: {},
  village: { study: '集中学习' },
  school: { study: '政治理论学习' },
  hospital: { study: '政治理论学习' },
  state_enterprise: { study: '集中学习' },
  private_sector: { study: '集中学习' },
};

/** The default meeting kinds as a new branch of the kind names them. */
export function defaultMeetingKindsFor(kind: BranchKind) {
  return defaultMeetingKinds.map((k) => ({ ...k, name: renamed[kind][k.code] ?? k.name }));
}
