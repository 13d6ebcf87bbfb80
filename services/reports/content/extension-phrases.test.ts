import { describe, expect, it } from 'vitest';
import { buildPlanView } from '../../../shared/plan-view/build-plan-view';
import { emptyPlanData, makeTask } from '../../../shared/testing/model-fixtures';
import { extensionSentence } from './extension-phrases';

describe('extensionSentence', () => {
  it('counts the extended tasks and their days against the plan’s deadline', () => {
    const tasks = [
      makeTask(1, '1', null),
      makeTask(2, '1.1', 1, { deadline: '2021-09-30', baselineDeadline: '2021-07-31', revisionCount: 2 }),
      makeTask(3, '1.2', 1, { deadline: '2021-07-24', baselineDeadline: '2021-07-14', revisionCount: 1 }),
      makeTask(4, '1.3', 1, { deadline: '2021-07-10', baselineDeadline: '2021-07-14', revisionCount: 1 }),
      makeTask(5, '1.4', 1, { deadline: '2021-07-14' }),
    ];
    const view = buildPlanView(emptyPlanData({ tasks }), '2021-08-01');
    expect(extensionSentence(view.tasks)).toBe(
      'Có 2 nhiệm vụ được gia hạn so với thời hạn theo kế hoạch (1.1 thêm 61 ngày; 1.2 thêm 10 ngày), ' +
        'tổng cộng 71 ngày, lâu nhất 61 ngày; 1 nhiệm vụ được rút ngắn thời hạn.',
    );
  });

  it('says nothing when every deadline is the plan’s', () => {
    const view = buildPlanView(
      emptyPlanData({ tasks: [makeTask(1, '1', null, { deadline: '2021-07-14' })] }),
      '2021-08-01',
    );
    expect(extensionSentence(view.tasks)).toBeNull();
  });
});
