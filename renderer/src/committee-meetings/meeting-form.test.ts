import { describe, expect, it } from 'vitest';
import { meetingFormOf, readTime, toMeetingFields } from './meeting-form';

describe('meeting form', () => {
  it('reads the time as people write it', () => {
    expect(readTime('14h00')).toBe('14:00');
    expect(readTime('8.30')).toBe('08:30');
    expect(readTime('')).toBeNull();
    expect(readTime('25:00')).toBeUndefined();
  });

  it('turns the form into API fields, refusing a bad date or time', () => {
    const form = {
      ...meetingFormOf(null),
      title: ' Họp Ban Chỉ đạo ',
      heldOn: '05/08/2021',
      startsAt: '14h',
      place: ' ',
    };
    expect(toMeetingFields(form)).toEqual({
      ok: false,
      error: 'Giờ họp không hợp lệ: hãy ghi dạng hh:mm, ví dụ 14:00.',
    });
    expect(toMeetingFields({ ...form, startsAt: '14:00' })).toEqual({
      ok: true,
      fields: {
        title: 'Họp Ban Chỉ đạo',
        heldOn: '2021-08-05',
        startsAt: '14:00',
        place: null,
        chair: null,
        participantUnitIds: [],
      },
    });
    expect(toMeetingFields({ ...form, heldOn: '31/02/2021' })).toMatchObject({ ok: false });
  });
});
