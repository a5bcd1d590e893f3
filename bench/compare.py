"""Two load-test results side by side: each page's p50 and p95 at the larger size against the
smaller one, and whether the budgeted pages stay within 1.3 times (issue #8: "at L the same pages
stay within 1.3 times their time at M").

    python -m bench.compare bench/results/latest.json bench/results/size-L.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

# The pages with a budget at M (bench.load.BUDGETS_MS), and how much slower they may be at L.
BUDGETED = ("lesson", "learner_dashboard", "parent_dashboard", "gradebook_40x50")
GROWTH_BUDGET = 1.3


def growth(small: dict[str, Any], large: dict[str, Any]) -> dict[str, dict[str, float]]:
    """For each page in both: p50 and p95 of the larger run divided by the smaller run's."""
    rows = {}
    for name, figures in large["pages"].items():
        before = small["pages"].get(name)
        if not before or not before.get("p50_ms") or not before.get("p95_ms"):
            continue
        rows[name] = {
            "p50": round(figures["p50_ms"] / before["p50_ms"], 2),
            "p95": round(figures["p95_ms"] / before["p95_ms"], 2),
        }
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("small", type=Path, help="the smaller size's results (e.g. M)")
    parser.add_argument("large", type=Path, help="the larger size's results (e.g. L)")
    args = parser.parse_args()
    small = json.loads(args.small.read_text())
    large = json.loads(args.large.read_text())
    rows = growth(small, large)
    print(f"{large['size']} against {small['size']}:")
    print(f"{'page':<20}{'p50 ms':>16}{'p95 ms':>16}{'p50 x':>8}{'p95 x':>8}  budget")
    met = True
    for name, ratio in rows.items():
        before, after = small["pages"][name], large["pages"][name]
        verdict = ""
        if name in BUDGETED:
            ok = ratio["p50"] <= GROWTH_BUDGET and ratio["p95"] <= GROWTH_BUDGET
            met = met and ok
            verdict = f"both <= {GROWTH_BUDGET}x: {'PASS' if ok else 'MISS'}"
        print(
            f"{name:<20}{before['p50_ms']:>7.0f} → {after['p50_ms']:<6.0f}"
            f"{before['p95_ms']:>7.0f} → {after['p95_ms']:<6.0f}"
            f"{ratio['p50']:>8.2f}{ratio['p95']:>8.2f}  {verdict}"
        )
    print("Every budgeted page within budget." if met else "Some pages grew too much (MISS).")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
