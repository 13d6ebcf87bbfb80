import { describe, expect, it } from 'vitest';
import { parseLooseDate, parsePercentText } from './read-values';
import { taskIdOfKey, taskKey } from './task-key';

describe('dates retyped by a person', () => {
  it.each([
    ['18/7/2021', '2021-07-18'],
    ['18/07/2021', '2021-07-18'],
    ['18-07-2021', '2021-07-18'],
    ['18.07.2021', '2021-07-18'],
    [' 2021-07-18 ', '2021-07-18'],
    ['ngày 18 tháng 7 năm 2021', '2021-07-18'],
    ['Ngày 05 tháng 01 năm 2022', '2022-01-05'],
  ])('reads “%s”', (text, date) => expect(parseLooseDate(text)).toBe(date));

  it.each(['31/02/2021', '18/13/2021', 'tháng 7', '7/2021', 'hôm qua', '2021/07/18 10:00'])(
    'refuses “%s”',
    (text) => expect(parseLooseDate(text)).toBeNull(),
  );
});

describe('percentages typed as text', () => {
  it.each([
    ['50', 50],
    ['50%', 50],
    [' 50 % ', 50],
    ['45,5', 45.5],
    ['120', 120],
  ])('reads “%s”', (text, value) => expect(parsePercentText(text)).toBe(value));

  it.each(['khoảng 50', 'một nửa', '50-60', ''])('refuses “%s”', (text) =>
    expect(parsePercentText(text)).toBeNull(),
  );
});

describe('task keys', () => {
  it('names a task for one request and fails the check on another request or a typo', () => {
    const key = taskKey('A1B2C3D4E5F6', 123);
    expect(key).toMatch(/^NV123-[A-Z]{2}$/);
    expect(taskIdOfKey('A1B2C3D4E5F6', key)).toBe(123);
    expect(taskIdOfKey('A1B2C3D4E5F6', key.toLowerCase())).toBe(123);
    expect(taskIdOfKey('FFFFFFFFFFFF', key)).not.toBe(123);
    expect(taskIdOfKey('A1B2C3D4E5F6', key.replace('123', '124'))).toBeNull();
    expect(taskIdOfKey('A1B2C3D4E5F6', '123')).toBeNull();
  });
});
