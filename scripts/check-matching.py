#!/usr/bin/env python3
"""Checks an answer of POST /api/v1/matching/solve against SciPy's assignment solver (an independent reference).

    scripts/check-matching.py BODY.json ANSWER.json

BODY is the posted problem, ANSWER the endpoint's answer. The script checks that the answer is a matching
(only candidate pairs, each request at most once, no volunteer above capacity, the scores as given), then
solves the same problem with scipy.optimize.linear_sum_assignment on a dense matrix (each volunteer copied
once per unit of capacity; a bonus per pair larger than any total score puts the number of matches first)
and compares matchedCount and totalScore. It prints SciPy's solve time. Needs numpy and scipy; not part of
the build.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main(body_file, answer_file):
    with open(body_file, encoding="utf-8") as f:
        body = json.load(f)
    with open(answer_file, encoding="utf-8") as f:
        answer = json.load(f)
    requests = [r["id"] for r in body["requests"]]
    volunteers = [v["id"] for v in body["volunteers"]]
    capacity = {v["id"]: v.get("capacity", 1) if v.get("capacity") is not None else 1 for v in body["volunteers"]}
    score = {(c["request"], c["volunteer"]): float(c["score"]) for c in body["candidates"]}

    # the answer is a matching of candidate pairs
    load = {}
    matched = set()
    total = 0.0
    for a in answer["assignments"]:
        pair = (a["request"], a["volunteer"])
        assert pair in score, f"not a candidate pair: {pair}"
        assert a["score"] == score[pair], f"score changed for {pair}"
        assert a["request"] not in matched, f"request twice: {a['request']}"
        matched.add(a["request"])
        load[a["volunteer"]] = load.get(a["volunteer"], 0) + 1
        assert load[a["volunteer"]] <= capacity[a["volunteer"]], f"above capacity: {a['volunteer']}"
        total += a["score"]
    assert answer["matchedCount"] == len(matched)
    assert set(answer["unmatchedRequests"]) == set(requests) - matched
    assert abs(answer["totalScore"] - total) <= 1e-9 * max(1.0, abs(total))

    # the reference: a dense maximum-weight assignment
    row = {r: i for i, r in enumerate(requests)}
    columns = {}
    volunteer_of_column = []
    width = 0
    for v in volunteers:
        volunteer_of_column.extend([v] * min(capacity[v], len(requests)))
        copies = min(capacity[v], len(requests))
        columns[v] = range(width, width + copies)
        width += copies
    bonus = 2.0 * sum(abs(s) for s in score.values()) + 1.0
    weight = np.zeros((len(requests), max(width, 1)))
    is_pair = np.zeros_like(weight, dtype=bool)
    for (r, v), s in score.items():
        for col in columns[v]:
            weight[row[r], col] = bonus + s
            is_pair[row[r], col] = True
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(weight, maximize=True)
    seconds = time.perf_counter() - start
    chosen = is_pair[rows, cols]
    reference_count = int(chosen.sum())
    # the total from the scores as given (bonus + score has lost some digits of the score)
    reference_total = sum(score[(requests[r], volunteer_of_column[c])] for r, c, p in zip(rows, cols, chosen) if p)

    print(f"answer:    matchedCount {answer['matchedCount']}, totalScore {answer['totalScore']!r}")
    print(f"reference: matchedCount {reference_count}, totalScore {reference_total!r} (SciPy {seconds:.3f} s)")
    # SciPy's optimum is itself only as exact as bonus + score in doubles: about 2 * count * ulp(bonus)
    tolerance = 4 * reference_count * np.spacing(bonus) + 1e-12
    print(f"difference {answer['totalScore'] - reference_total:.3g} (tolerance {tolerance:.3g})")
    ok = answer["matchedCount"] == reference_count and answer["totalScore"] >= reference_total - tolerance
    print("same optimum" if ok else "DIFFERENT")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
