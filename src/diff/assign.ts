/**
 * One-to-one assignment of the items of two lists that maximises the total score: the Hungarian
 * algorithm (Kuhn–Munkres, in the O(n²·m) potentials form) on a rectangular score matrix.
 */

/**
 * Pairs rows with columns, each used at most once, so that the sum of the paired scores is the
 * largest possible; pairs scoring below `minScore` are never made (they count as 0, so the
 * optimum leaves such items unpaired). Deterministic: the same matrix gives the same pairs.
 *
 * @returns `[row, column]` pairs in row order.
 * @example assignPairs([[0.9, 0.8], [0.8, 0.1]], 0.2) // [[0, 1], [1, 0]]: 1.6 beats 0.9 + 0.1
 */
export function assignPairs(scores: readonly (readonly number[])[], minScore: number): [number, number][] {
  const rowCount = scores.length;
  const columnCount = scores[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) return [];
  // The algorithm wants no more rows than columns; solve the transpose when there are.
  const transposed = rowCount > columnCount;
  const n = transposed ? columnCount : rowCount;
  const m = transposed ? rowCount : columnCount;
  const gain = (i: number, j: number): number => {
    const s = transposed ? scores[j]![i]! : scores[i]![j]!;
    return s >= minScore ? s : 0;
  };
  const columnOfRow = solveMinCost(n, m, (i, j) => -gain(i, j));
  const pairs: [number, number][] = [];
  columnOfRow.forEach((j, i) => {
    if (gain(i, j) > 0) pairs.push(transposed ? [j, i] : [i, j]);
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Minimum-cost assignment of n rows to distinct columns of m ≥ n (potentials u, v; `way`
 * records the augmenting path). Returns the column of each row.
 */
function solveMinCost(n: number, m: number, cost: (i: number, j: number) => number): number[] {
  // 1-based as in the classic formulation: row/column 0 is the virtual start of each path.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOfColumn[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = rowOfColumn[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = rowOfColumn[j]!;
          u[row] = u[row]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (rowOfColumn[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfColumn[j0] = rowOfColumn[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const columnOfRow = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (rowOfColumn[j]! > 0) columnOfRow[rowOfColumn[j]! - 1] = j - 1;
  return columnOfRow;
}
