/**
 * Binary search over items ordered so that `before` holds for a leading run of them and for none
 * after: how many that run holds (the index of the first item it does not hold for).
 */
export function countLeading(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
