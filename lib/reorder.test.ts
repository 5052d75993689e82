import { describe, expect, it } from 'vitest';
import { moveOnePlace } from '@/lib/reorder';

describe('moveOnePlace', () => {
  it('swaps an item with the one above or below it', () => {
    expect(moveOnePlace([4, 7, 9], 7, 'up')).toEqual([7, 4, 9]);
    expect(moveOnePlace([4, 7, 9], 7, 'down')).toEqual([4, 9, 7]);
  });

  it('leaves the order as it was at either end', () => {
    expect(moveOnePlace([4, 7, 9], 4, 'up')).toEqual([4, 7, 9]);
    expect(moveOnePlace([4, 7, 9], 9, 'down')).toEqual([4, 7, 9]);
  });

  it('ignores an id that is not in the list and never changes its input', () => {
    const ids = [4, 7, 9];
    expect(moveOnePlace(ids, 5, 'up')).toEqual([4, 7, 9]);
    moveOnePlace(ids, 7, 'down');
    expect(ids).toEqual([4, 7, 9]);
  });
});
