import { describe, expect, it } from 'vitest';
import { PLAN_V1, PLAN_V2_AMENDMENT } from '../../../../shared/plan-amendment/amendment-test-documents';
import { diffPlan } from '../../../../shared/plan-amendment/plan-diff';
import { parseOk } from '../../../../shared/plan-document/test-documents';
import { diffGroups, diffSummary } from './amendment-groups';

const v1 = parseOk(PLAN_V1);
const stored = v1.items.map((item, i) => ({
  id: i + 1,
  parentId: null,
  wbs: item.wbs,
  title: item.title,
  deadlineText: item.deadline?.wording ?? null,
  deadline: item.deadline?.ok ? item.deadline.deadline : null,
  leads: item.leadKeys.map((key) => ({ key, name: v1.units.find((u) => u.key === key)!.name })),
  supports: item.supportKeys.map((key) => ({ key, name: v1.units.find((u) => u.key === key)!.name })),
  deliverable: item.deliverable,
  fromDocument: true,
  removed: false,
}));

describe('the difference list', () => {
  it('groups added, removed, then each kind of change, and leaves out empty groups', () => {
    const diff = diffPlan(stored, parseOk(PLAN_V2_AMENDMENT));
    expect(diffGroups(diff).map((g) => [g.kind, g.entries.length])).toEqual([
      ['added', 2],
      ['removed', 1],
      ['title', 1],
      ['deadline', 1],
      ['lead', 1],
      ['wbs', 1],
    ]);
    expect(diffSummary(diff)).toBe(
      '2 nhiệm vụ thêm mới, 1 bỏ khỏi kế hoạch, 4 có thay đổi, 2 không thay đổi.',
    );
  });

  it('says only how many are unchanged when nothing changes', () => {
    const diff = diffPlan(stored, v1);
    expect(diffGroups(diff)).toEqual([]);
    expect(diffSummary(diff)).toBe('7 không thay đổi.');
  });
});
