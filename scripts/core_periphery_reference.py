"""Reference values for Borgatti-Everett core/periphery (used by networkx_fixtures.py).

Both models fit an ideal pattern to the 0/1 adjacency matrix by the Pearson correlation over all
unordered pairs of distinct nodes (Borgatti and Everett 2000), as UCINET's Core/Periphery does:

- discrete: pattern 1 for a pair with at least one core member, 0 for two periphery members
  (cpnet's BE model). Graphs of at most 16 nodes: exhaustive search over every split (the
  optimum). Larger graphs: the best of cpnet.BE over seeded runs (a heuristic, so a lower bound).
- continuous: MINRES (Boyd, Fitzgerald, Mahutga and Smith 2010, UCINET's continuous method):
  c minimising the squared residuals a_ij - c_i c_j over pairs (scipy L-BFGS-B), scaled to a
  largest value of 1; its fit is the correlation of a_ij with c_i c_j.
"""
import itertools

import numba
import numpy as np
from scipy.optimize import minimize

import cpnet


def _pairs(g, order):
    n = len(order)
    index = {v: i for i, v in enumerate(order)}
    a = np.zeros((n, n))
    for u, v in g.edges():
        if u != v:
            a[index[u], index[v]] = a[index[v], index[u]] = 1
    iu = np.triu_indices(n, 1)
    return a, iu


def _corr(x, y):
    if np.std(x) == 0 or np.std(y) == 0:
        return None
    return float(np.corrcoef(x, y)[0, 1])


def discrete(g, order):
    a, iu = _pairs(g, order)
    n = len(order)
    av = a[iu]
    if n < 2 or av.sum() == 0 or av.sum() == len(av):
        return None
    if n <= 16:
        best = None
        for bits in itertools.product([0, 1], repeat=n):
            x = np.array(bits)
            pattern = np.maximum(x[:, None], x[None, :])[iu]
            r = _corr(av, pattern)
            if r is not None and (best is None or r > best[0]):
                best = (r, [order[i] for i in range(n) if x[i]])
        return {"fit": best[0], "core": sorted(best[1]), "method": "exhaustive search"}
    _seed(12345)
    be = cpnet.BE(num_runs=50)
    be.detect(g)
    x = be.get_coreness()
    core = sorted(v for v in order if x.get(v, 0) == 1)
    xv = np.array([1 if v in core else 0 for v in order])
    r = _corr(av, np.maximum(xv[:, None], xv[None, :])[iu])
    return {"fit": r, "core": core, "method": "cpnet.BE, 50 runs, numba seed 12345 (a lower bound)"}


@numba.njit
def _seed(s):
    np.random.seed(s)


def continuous(g, order):
    """MINRES (Boyd et al. 2010): c minimising the sum over pairs of (a_ij - c_i c_j)^2."""
    a, iu = _pairs(g, order)
    n = len(order)
    av = a[iu]
    if n < 2 or av.sum() == 0 or av.sum() == len(av):
        return None

    def residual(c):
        d = av - np.outer(c, c)[iu]
        m = np.zeros((n, n))
        m[iu] = d
        m = m + m.T
        return float((d * d).sum()), -2 * (m @ c)

    deg = a.sum(axis=1)
    res = minimize(residual, deg / np.sqrt(deg.sum()), jac=True, method="L-BFGS-B",
                   bounds=[(0, None)] * n, options={"maxiter": 20000, "ftol": 1e-16, "gtol": 1e-12})
    c = res.x
    fit = _corr(av, np.outer(c, c)[iu])
    c = c / c.max()
    return {"fit": fit, "residual": float(res.fun), "coreness": {order[i]: float(c[i]) for i in range(n)},
            "method": "MINRES residual minimised by scipy L-BFGS-B from the degrees"}
