// Calendar arithmetic for days the text counts from another.
import { describe, expect, it } from 'vitest';
import { addDays, dayOfIso, isRealDate, isoDate, nearestDayMonth, nearestWeekday, weekdayOf } from '../src/calendar.js';

const thursday = { year: 2019, month: 5, day: 23 };

describe('calendar', () => {
  it('knows which days exist', () => {
    expect(isRealDate(2020, 2, 29)).toBe(true);
    expect(isRealDate(2019, 2, 29)).toBe(false);
    expect(isRealDate(2019, 4, 31)).toBe(false);
  });

  it('reads the day of an ISO date or date-time as its own offset writes it', () => {
    expect(dayOfIso('2019-05-23T23:30:00+03:00')).toEqual(thursday);
    expect(dayOfIso('23/05/2019')).toBeUndefined();
    expect(isoDate({ year: 987, month: 1, day: 2 })).toBe('0987-01-02');
  });

  it('counts days across months and years', () => {
    expect(addDays({ year: 2019, month: 1, day: 1 }, -1)).toEqual({ year: 2018, month: 12, day: 31 });
    expect(weekdayOf(thursday)).toBe(4);
  });

  it('finds the nearest weekday on or before, strictly before, or after a day', () => {
    expect(nearestWeekday(thursday, 4, 'onOrBefore')).toEqual(thursday);
    expect(nearestWeekday(thursday, 4, 'before')).toEqual({ year: 2019, month: 5, day: 16 });
    expect(nearestWeekday(thursday, 4, 'after')).toEqual({ year: 2019, month: 5, day: 30 });
    expect(nearestWeekday(thursday, 6, 'onOrBefore')).toEqual({ year: 2019, month: 5, day: 18 });
  });

  it('puts a day and month in the year nearest a day in the given direction', () => {
    expect(nearestDayMonth(thursday, 5, 23, 'onOrBefore')).toEqual(thursday);
    expect(nearestDayMonth(thursday, 5, 23, 'before')).toEqual({ year: 2018, month: 5, day: 23 });
    expect(nearestDayMonth(thursday, 12, 1, 'onOrBefore')).toEqual({ year: 2018, month: 12, day: 1 });
    expect(nearestDayMonth(thursday, 1, 10, 'after')).toEqual({ year: 2020, month: 1, day: 10 });
    expect(nearestDayMonth(thursday, 2, 29, 'onOrBefore')).toBeUndefined();
    expect(nearestDayMonth(thursday, 5, 28, 'sameYear')).toEqual({ year: 2019, month: 5, day: 28 });
  });
});
