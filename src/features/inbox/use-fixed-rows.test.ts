import { rowWindow } from './use-fixed-rows';

describe('the window of virtual rows', () => {
  it('draws the rows in sight and the overscan on each side, with spacers for the rest', () => {
    // 44-px rows, 440 px of box scrolled by 10 rows: rows 10–19 are seen.
    expect(rowWindow(1000, 44, 440, 440, 0)).toEqual({ first: 10, last: 19, padTop: 440, padBottom: 980 * 44 });
    expect(rowWindow(1000, 44, 440, 440, 6)).toEqual({ first: 4, last: 25, padTop: 4 * 44, padBottom: 974 * 44 });
    // Half a row in sight at either edge counts as seen.
    expect(rowWindow(1000, 44, 450, 440, 0)).toMatchObject({ first: 10, last: 20 });
  });

  it('stays inside the list at its top and bottom and when it is short', () => {
    expect(rowWindow(1000, 44, 0, 440, 6)).toMatchObject({ first: 0, last: 15, padTop: 0 });
    expect(rowWindow(1000, 44, 1000 * 44 - 440, 440, 6)).toMatchObject({ first: 984, last: 999, padBottom: 0 });
    expect(rowWindow(3, 44, 0, 800, 6)).toEqual({ first: 0, last: 2, padTop: 0, padBottom: 0 });
    // A position left over from a longer list (the box not yet scrolled back).
    expect(rowWindow(3, 44, 5000, 800, 6)).toEqual({ first: 0, last: 2, padTop: 0, padBottom: 0 });
    expect(rowWindow(0, 44, 0, 800, 6)).toEqual({ first: 0, last: -1, padTop: 0, padBottom: 0 });
  });
});
