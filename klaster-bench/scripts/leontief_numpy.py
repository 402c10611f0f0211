#!/usr/bin/env python3
"""NumPy/OpenBLAS reference for dev.klaster.bench.inputoutput.LeontiefBenchmark (same work, same table shape).

Usage: python3 klaster-bench/scripts/leontief_numpy.py [n ...]   (default 17 185 1000 5000)
Prints, per n, the best of 3 runs (1 run at n >= 5000) of
  solves: LU of (I-A) + output/income/VA/employment multipliers (Type I, II) + linkages (as multipliersAndLinkages)
  full:   the same plus the explicit inverse L and hypothetical extraction (as fullInverseAndAll)
"""
import sys
import time

import numpy as np
import scipy.linalg as sla


def table(n, seed=42):
    r = np.random.default_rng(seed)
    x = 100 + 1000 * r.random(n)
    z = r.random((n, n))
    target = (0.3 + 0.5 * r.random(n)) * x
    z *= target / z.sum(axis=0)
    va = x - target
    return z, x, va, 0.5 * va, x * (1 + 10 * r.random(n)), 0.2 * x / n * 10


def work(z, x, va, w, emp, hh, full):
    n = len(x)
    a = z / x
    m = np.eye(n) - a
    lu = sla.lu_factor(m, check_finite=False)
    solve = lambda b: sla.lu_solve(lu, b, check_finite=False)
    solve_t = lambda c: sla.lu_solve(lu, c, trans=1, check_finite=False)
    hr = w / x
    hc = hh / w.sum()
    lhc = solve(hc)
    hrl = solve_t(hr)
    k = 1 / (1 - hr @ lhc)
    out = {}
    for name, c in (("output", np.ones(n)), ("income", hr), ("va", va / x), ("emp", emp / x)):
        t1 = solve_t(c)
        out[name] = (t1, t1 + (c @ lhc) * k * hrl)
    tbl = out["output"][0]
    tfl = solve(x) / x
    u = tbl / tbl.mean()
    s = tfl / tfl.mean()
    if full:
        l = np.linalg.inv(m)
        loss = x * tbl / np.diag(l)
        return out, u, s, l, loss
    return out, u, s


def main():
    ns = [int(a) for a in sys.argv[1:]] or [17, 185, 1000, 5000]
    for n in ns:
        data = table(n)
        for full in (False, True):
            reps = 1 if n >= 5000 else 3
            best = float("inf")
            work(*data, full)  # warm-up
            for _ in range(reps):
                t0 = time.perf_counter()
                work(*data, full)
                best = min(best, time.perf_counter() - t0)
            print(f"n={n:5d} {'full' if full else 'solves':6s} {best * 1000:10.2f} ms")


if __name__ == "__main__":
    main()
