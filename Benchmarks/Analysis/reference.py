#!/usr/bin/env python3
"""Vectorised numpy references for Benchmarks/analysis.sh: the same SMAA sampling and ranking as
VendorScore (weights uniform on the simplex from sorted uniforms; scores = weights · performance;
ranks by score, equal scores in vendor order; rank counts and first-rank weight sums), and
pymcdm's TOPSIS with vector normalisation and its input validation off. Times the computation
only (matrix generation excluded), the same way as vendorscore-analysis-bench.

    python3 Benchmarks/Analysis/reference.py smaa [SAMPLES] [VENDORS] [CRITERIA]   # 1000000 14 20
    python3 Benchmarks/Analysis/reference.py topsis [ROWS] [COLUMNS] [REPEAT]      # 10000 50 5

Both work on the same matrix (generated here with VendorScore's generator, before the clock
starts); the weight samples come from numpy's generator (PCG64), so the counts agree only
statistically, while the work per sample is the same. Samples are processed in chunks of 65,536 so
memory stays flat, as in VendorScore.
"""
import sys
import time

import numpy as np


MASK = (1 << 64) - 1


def xoshiro_units(seed, block, count):
    """`count` uniforms from VendorScore's generator (xoshiro256** seeded by SplitMix64, block
    `block`), so both programs work on the very same matrix."""
    state = (seed + block * 4 * 0x9E3779B97F4A7C15) & MASK
    s = []
    for _ in range(4):
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        s.append(z ^ (z >> 31))
    rotate = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK
    out = np.empty(count)
    for i in range(count):
        result = (rotate((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotate(s[3], 45)
        out[i] = (result >> 11) * 2.0 ** -53
    return out


def matrix(rows, columns):
    """The benchmark's matrix, as vendorscore-analysis-bench makes it."""
    units = xoshiro_units(2026, 0, rows * columns + columns)
    values = units[: rows * columns].reshape(rows, columns)
    raw = 0.5 + units[rows * columns:]
    return values, raw / raw.sum()


def smaa(samples, vendors, criteria):
    performance, _ = matrix(vendors, criteria)
    rng = np.random.default_rng(1)
    chunk = 65_536
    counts = np.zeros((vendors, vendors), dtype=np.int64)
    first_weights = np.zeros((vendors, criteria))
    start = time.perf_counter()
    done = 0
    while done < samples:
        size = min(chunk, samples - done)
        cuts = np.sort(rng.random((size, criteria - 1)), axis=1)
        weights = np.diff(cuts, axis=1, prepend=0.0, append=1.0)
        scores = weights @ performance.T
        # Stable sort of the negated scores: higher first, equal scores in vendor order.
        order = np.argsort(-scores, axis=1, kind="stable")
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(vendors)[None, :], axis=1)
        cells = np.arange(vendors)[None, :] * vendors + ranks
        counts += np.bincount(cells.ravel(), minlength=vendors * vendors).reshape(vendors, vendors)
        for criterion in range(criteria):
            first_weights[:, criterion] += np.bincount(order[:, 0], weights=weights[:, criterion], minlength=vendors)
        done += size
    elapsed = time.perf_counter() - start
    print(f"smaa {elapsed:.4f} s  samples {samples}  vendors {vendors}  criteria {criteria}  "
          f"first-rank counts {','.join(str(c) for c in counts[:, 0])}")


def topsis(rows, columns, repeats):
    from pymcdm import methods, normalizations
    values, weights = matrix(rows, columns)
    types = np.ones(columns)
    method = methods.TOPSIS(normalization_function=normalizations.vector_normalization)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        scores = method(values, weights, types, validation=False)
        best = min(best, time.perf_counter() - start)
    print(f"topsis {best:.6f} s  rows {rows}  columns {columns}  checksum {scores.sum():.12f}")


def main():
    args = sys.argv[1:]
    number = lambda index, fallback: int(args[index]) if len(args) > index else fallback
    if args and args[0] == "smaa":
        smaa(number(1, 1_000_000), number(2, 14), number(3, 20))
    elif args and args[0] == "topsis":
        topsis(number(1, 10_000), number(2, 50), number(3, 5))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
