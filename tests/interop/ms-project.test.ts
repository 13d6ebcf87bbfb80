/** MS Project XML (MSPDI): export, checks with a second XML parser, round trips, foreign files, refusals. */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportPlan, loadPlanView } from '../../services/interop/export-plan';
import { importPlanBytes } from '../../services/interop/import-plan-bytes';
import { exportMsProject } from '../../services/interop/mspdi/export-mspdi';
import { createTestDatabase } from '../../services/testing/test-database';
import {
  AS_OF,
  NOW,
  RICH_AS_OF,
  databaseWithPlan76,
  databaseWithRichPlan,
  dumpDatabase,
  planSnapshot,
  progressByWbs,
} from './helpers/interop-fixtures';

const NS = 'http://schemas.microsoft.com/project';

/** The order mspdi_pj12.xsd gives the Task, Resource and Assignment elements this export writes. */
const SCHEMA_ORDER: Record<string, string[]> = {
  Project: [
    'SaveVersion',
    'Title',
    'Subject',
    'Category',
    'Company',
    'CreationDate',
    'ScheduleFromStart',
    'StartDate',
    'CurrencyCode',
    'CalendarUID',
    'DefaultStartTime',
    'DefaultFinishTime',
    'MinutesPerDay',
    'MinutesPerWeek',
    'DaysPerMonth',
    'StatusDate',
    'ExtendedAttributes',
    'Calendars',
    'Tasks',
    'Resources',
    'Assignments',
  ],
  Task: [
    'UID',
    'ID',
    'Name',
    'Type',
    'WBS',
    'OutlineNumber',
    'OutlineLevel',
    'Start',
    'Finish',
    'Duration',
    'DurationFormat',
    'Work',
    'Estimated',
    'Milestone',
    'Summary',
    'PercentComplete',
    'ConstraintType',
    'ConstraintDate',
    'Deadline',
    'Notes',
    'PredecessorLink',
    'ExtendedAttribute',
    'Baseline',
  ],
  Resource: ['UID', 'ID', 'Name', 'Type', 'Group', 'Notes'],
  Assignment: ['UID', 'TaskUID', 'ResourceUID', 'Finish', 'Start', 'Units', 'Work', 'ExtendedAttribute'],
};

const childElements = (element: Element): Element[] =>
  Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);

function parseWithDom(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void (level !== 'warning' && errors.push(message)),
  }).parseFromString(xml, 'text/xml');
  return { doc, errors };
}

describe('exporting to MS Project XML', () => {
  it('writes a well-formed MSPDI file that a second parser reads, elements in schema order', async () => {
    const { repository, planId } = databaseWithRichPlan();
    const file = await exportPlan(repository, { planId, asOf: RICH_AS_OF, format: 'mspdi' }, NOW);
    expect(file.fileName).toBe('ms-project-15-kh-test-2022-07-10.xml');
    const xml = file.data.toString('utf8');
    const { doc, errors } = parseWithDom(xml);
    expect(errors).toEqual([]);
    const project = doc.documentElement!;
    expect([project.localName, project.namespaceURI]).toEqual(['Project', NS]);
    for (const [name, order] of Object.entries(SCHEMA_ORDER)) {
      const elements = name === 'Project' ? [project] : Array.from(doc.getElementsByTagNameNS(NS, name));
      expect(elements.length).toBeGreaterThan(0);
      for (const element of elements) {
        const positions = childElements(element).map((c) => order.indexOf(c.localName!));
        expect(positions).not.toContain(-1);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
    }
    const tasks = Array.from(doc.getElementsByTagNameNS(NS, 'Task'));
    const text = (el: Element, name: string) => el.getElementsByTagNameNS(NS, name)[0]?.textContent ?? null;
    const task11 = tasks.find((t) => text(t, 'WBS') === '1.1')!;
    // Escaping is the builder's: the parser gets the characters back.
    expect(text(task11, 'Name')).toBe('Việc có ngày bắt đầu, liên kết <và> "ngoặc kép"');
    expect(xml).toContain('liên kết &lt;và&gt; &quot;ngoặc kép&quot;');
    expect([text(task11, 'Start'), text(task11, 'Deadline'), text(task11, 'PercentComplete')]).toEqual([
      '2022-04-01T08:00:00',
      '2022-07-14T17:00:00',
      '60',
    ]);
    const task13 = tasks.find((t) => text(t, 'WBS') === '1.3')!;
    const link = task13.getElementsByTagNameNS(NS, 'PredecessorLink')[0]!;
    // 5 calendar days in tenths of a minute, as elapsed days (LagFormat 8).
    expect([
      text(link, 'PredecessorUID'),
      text(link, 'Type'),
      text(link, 'LinkLag'),
      text(link, 'LagFormat'),
    ]).toEqual([text(task11, 'UID'), '1', String(5 * 24 * 60 * 10), '8']);
    expect(
      text(
        tasks.find((t) => text(t, 'WBS') === '2.3.2')!,
        'Milestone',
      ),
    ).toBe('1');
    expect(
      text(
        tasks.find((t) => text(t, 'WBS') === '2.3')!,
        'OutlineLevel',
      ),
    ).toBe('2');
  });

  it('records the lead in the custom field “Đơn vị chủ trì” and every unit as an assigned resource', () => {
    const { repository, planId } = databaseWithPlan76();
    const { doc } = parseWithDom(exportMsProject(loadPlanView(repository, planId, AS_OF), NOW));
    const definitions = Array.from(
      doc
        .getElementsByTagNameNS(NS, 'ExtendedAttributes')[0]!
        .getElementsByTagNameNS(NS, 'ExtendedAttribute'),
    );
    expect(definitions.map((d) => d.getElementsByTagNameNS(NS, 'Alias')[0]!.textContent)).toEqual([
      'Đơn vị chủ trì',
      'Thời gian hoàn thành (nguyên văn)',
      'Kết quả thực hiện',
      'Loại',
      'Căn cứ ngày bắt đầu',
      'Chưa có thời hạn',
    ]);
    const resources = Array.from(doc.getElementsByTagNameNS(NS, 'Resource')).map((r) => [
      r.getElementsByTagNameNS(NS, 'Name')[0]!.textContent,
      r.getElementsByTagNameNS(NS, 'Group')[0]?.textContent ?? null,
    ]);
    expect(resources).toContainEqual(['Vụ Tổng hợp', 'TANDTC']);
    expect(resources).toContainEqual(['Các đơn vị có liên quan', null]);
    // 1.1–1.4: a lead and “Các đơn vị có liên quan” each, the role readable on the assignment.
    const assignments = Array.from(doc.getElementsByTagNameNS(NS, 'Assignment'));
    expect(assignments.length).toBe(8);
    const resourceName = new Map(
      Array.from(doc.getElementsByTagNameNS(NS, 'Resource')).map((r) => [
        r.getElementsByTagNameNS(NS, 'UID')[0]!.textContent,
        r.getElementsByTagNameNS(NS, 'Name')[0]!.textContent,
      ]),
    );
    const roles = assignments.map((a) => {
      const role = a.getElementsByTagNameNS(NS, 'ExtendedAttribute')[0]!;
      expect(role.getElementsByTagNameNS(NS, 'FieldID')[0]!.textContent).toBe('255852632');
      return `${role.getElementsByTagNameNS(NS, 'Value')[0]!.textContent}: ${resourceName.get(a.getElementsByTagNameNS(NS, 'ResourceUID')[0]!.textContent)}`;
    });
    expect(roles.filter((r) => r.startsWith('Chủ trì'))).toHaveLength(4);
    expect(roles).toContain('Chủ trì: Vụ Tổng hợp');
    expect(roles.filter((r) => r === 'Phối hợp: Các đơn vị có liên quan')).toHaveLength(4);
  });
});

describe('an MS Project round trip', () => {
  it('brings Kế hoạch 76 back with the same tasks, units, roles, wording and deadlines', async () => {
    const source = databaseWithPlan76();
    const xml = exportMsProject(loadPlanView(source.repository, source.planId, AS_OF), NOW);
    const target = createTestDatabase();
    const summary = await importPlanBytes(target.repository, Buffer.from(xml), 'ms-project.xml', {
      now: NOW,
    });
    expect(summary).toMatchObject({ code: '76/KH-BCĐ-TANDTC', taskCount: 6, unitCount: 5 });
    expect(planSnapshot(target.repository, summary.planId)).toEqual(
      planSnapshot(source.repository, source.planId),
    );
  });

  it('keeps starts, links with their lags, milestones, meetings, recurrences, notes and progress', async () => {
    const source = databaseWithRichPlan();
    const xml = exportMsProject(loadPlanView(source.repository, source.planId, RICH_AS_OF), NOW);
    const target = createTestDatabase();
    const { planId } = await importPlanBytes(target.repository, Buffer.from(xml), 'thu-nghiem.xml', {
      now: NOW,
    });
    expect(planSnapshot(target.repository, planId)).toEqual(planSnapshot(source.repository, source.planId));
    expect(progressByWbs(target.repository, planId, RICH_AS_OF)).toEqual(
      progressByWbs(source.repository, source.planId, RICH_AS_OF),
    );
  });
});

const FOREIGN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion>
  <Title>Kế hoạch của Cục Công nghệ thông tin</Title>
  <StartDate>2022-01-03T08:00:00</StartDate>
  <StatusDate>2022-03-01T17:00:00</StatusDate>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Dự án</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>1</UID><ID>1</ID><Name>Hạ tầng</Name><WBS>1</WBS><OutlineNumber>1</OutlineNumber><OutlineLevel>1</OutlineLevel>
      <Start>2022-01-03T08:00:00</Start><Finish>2022-03-31T17:00:00</Finish><Summary>1</Summary><PercentComplete>30</PercentComplete></Task>
    <Task><UID>5</UID><ID>2</ID><Name>Mua sắm máy chủ</Name><WBS>1.1</WBS><OutlineNumber>1.1</OutlineNumber><OutlineLevel>2</OutlineLevel>
      <Start>2022-01-03T08:00:00</Start><Finish>2022-02-11T17:00:00</Finish><Summary>0</Summary><PercentComplete>60</PercentComplete></Task>
    <Task><UID>7</UID><ID>3</ID><Name>Lắp đặt</Name><WBS>1.2</WBS><OutlineNumber>1.2</OutlineNumber><OutlineLevel>2</OutlineLevel>
      <Start>2022-02-15T08:00:00</Start><Finish>2022-03-31T17:00:00</Finish><Summary>0</Summary><PercentComplete>0</PercentComplete>
      <PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type><CrossProject>0</CrossProject><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
    </Task>
    <Task><UID>9</UID><ID>4</ID><Name>Nghiệm thu</Name><WBS>2</WBS><OutlineNumber>2</OutlineNumber><OutlineLevel>1</OutlineLevel>
      <Start>2022-04-01T08:00:00</Start><Finish>2022-04-01T08:00:00</Finish><Milestone>1</Milestone>
      <PredecessorLink><PredecessorUID>7</PredecessorUID><Type>3</Type></PredecessorLink>
    </Task>
  </Tasks>
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><IsNull>1</IsNull></Resource>
    <Resource><UID>1</UID><ID>1</ID><Name>Cục Công nghệ thông tin</Name><Type>1</Type></Resource>
  </Resources>
  <Assignments>
    <Assignment><UID>1</UID><TaskUID>5</TaskUID><ResourceUID>1</ResourceUID></Assignment>
  </Assignments>
</Project>`;

describe('importing a file saved by MS Project itself', () => {
  it('reads the outline, dates, working-day lags and progress; says what it could not keep', async () => {
    const { db, repository } = createTestDatabase();
    const summary = await importPlanBytes(repository, Buffer.from(FOREIGN), 'cuc-cntt.xml', { now: NOW });
    expect(summary).toMatchObject({ code: 'cuc-cntt', taskCount: 4, unitCount: 1 });
    const snapshot = planSnapshot(repository, summary.planId);
    expect(snapshot.plan.title).toBe('Kế hoạch của Cục Công nghệ thông tin');
    expect(snapshot.tasks.map((t) => [t.wbs, t.parent, t.kind, t.start, t.deadline, t.units])).toEqual([
      ['1', null, 'task', null, null, []],
      ['1.1', '1', 'task', '2022-01-03', '2022-02-11', ['support:Cục Công nghệ thông tin']],
      ['1.2', '1', 'task', '2022-02-15', '2022-03-31', []],
      ['2', null, 'milestone', '2022-04-01', '2022-04-01', []],
    ]);
    // 4800 tenths of a minute in working days (LagFormat 7) is one 8-hour day.
    expect(snapshot.dependencies).toEqual(['1.1→1.2+1', '1.2→2+0']);
    expect(progressByWbs(repository, summary.planId, '2022-03-01')).toMatchObject({ '1': 30, '1.1': 60 });
    const warnings = db.prepare('SELECT wbs, message FROM import_warnings ORDER BY id').all() as {
      wbs: string;
      message: string;
    }[];
    expect(warnings.map((w) => w.message)).toContain(
      'Mục 2: liên kết kiểu “bắt đầu – bắt đầu” với mục 1.2 được ghi là “kết thúc – bắt đầu”, kiểu duy nhất kế hoạch có.',
    );
    expect(warnings.map((w) => w.message)).toContain(
      'Mục 1.1 thiếu đơn vị chủ trì và kết quả thực hiện: cần bổ sung.',
    );
  });
});

describe('refusing a bad MS Project file', () => {
  const cases: [string, string, string | RegExp][] = [
    ['a file cut short', FOREIGN.slice(0, 900), 'không phải là tệp XML hợp lệ (lỗi ở dòng'],
    [
      'a DOCTYPE that expands entities',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Project xmlns="${NS}"><Title>&lol2;</Title></Project>`,
      'có khai báo DOCTYPE',
    ],
    [
      'XML that is not a project',
      '<?xml version="1.0"?><html><body>Xin chào</body></html>',
      'không phải là tệp MS Project XML',
    ],
    [
      'a project with no tasks',
      `<Project xmlns="${NS}"><Title>Rỗng</Title><Tasks/></Project>`,
      'không có công việc nào để nhập',
    ],
    [
      'a task without its UID',
      `<Project xmlns="${NS}"><Tasks><Task><Name>Việc</Name></Task></Tasks></Project>`,
      /cấu trúc MS Project không đúng.*Tasks\.Task\.0\.UID/,
    ],
    [
      'dates and percentages that do not exist, all listed',
      `<Project xmlns="${NS}"><Tasks><Task><UID>1</UID><Name>Việc</Name><Start>2022-02-30T08:00:00</Start><PercentComplete>140</PercentComplete></Task></Tasks></Project>`,
      /có 2 chỗ chưa đúng nên chưa nhập gì:\n• Công việc 1 \(WBS 1\): ngày bắt đầu “2022-02-30T08:00:00” không phải là ngày hợp lệ\.\n• .*tỉ lệ hoàn thành “140”/,
    ],
    [
      'links that go round in a circle',
      `<Project xmlns="${NS}"><Tasks>
        <Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task>
        <Task><UID>2</UID><Name>B</Name><OutlineLevel>1</OutlineLevel><PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink></Task>
      </Tasks></Project>`,
      /Các liên kết tạo thành vòng lặp: (1 → 2 → 1|2 → 1 → 2)\. Hãy sửa trong MS Project/,
    ],
    ['text in a legacy encoding', '', 'không phải là tệp XML mã hóa UTF-8'],
  ];

  it.each(cases)('refuses %s in Vietnamese and leaves every table as it was', async (name, xml, message) => {
    const { db, repository } = databaseWithPlan76();
    const before = dumpDatabase(db);
    const bytes =
      name === 'text in a legacy encoding'
        ? Buffer.from([0x3c, 0x50, 0x3e, 0x4b, 0xea, 0xd2, 0x3c, 0x2f, 0x50, 0x3e])
        : Buffer.from(xml, 'utf8');
    await expect(importPlanBytes(repository, bytes, 'du-an.xml')).rejects.toThrow(message);
    expect(dumpDatabase(db)).toEqual(before);
  });
});
