import { describe, expect, it } from 'vitest';
import { toIsoDateTime } from '../../src/corpus/dates.js';

describe('toIsoDateTime', () => {
  it.each([
    ['Sun, 18 Feb 2018 20:50:44 GMT', '2018-02-18T20:50:44Z'],
    ['Mon, 19 Feb 2018 00:16:11 +0400', '2018-02-19T00:16:11+04:00'],
    ['5 Mar 2019 07:05 -0130', '2019-03-05T07:05:00-01:30'],
    ['2018-02-18', '2018-02-18'],
    ['2018-02-18T10:00:00+02:00', '2018-02-18T10:00:00+02:00'],
  ])('turns %s into %s', (input, iso) => {
    expect(toIsoDateTime(input)).toBe(iso);
  });

  it.each(['yesterday', 'Fri, 30 Feb 2018 10:00:00 GMT', 'Sun, 18 Foo 2018 20:50:44 GMT', 'Sun, 18 Feb 2018 25:00:00 GMT'])('refuses %s', (input) => {
    expect(toIsoDateTime(input)).toBeUndefined();
  });
});
