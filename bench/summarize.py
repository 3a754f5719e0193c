#!/usr/bin/env python3
"""Turns the raw results of scripts/bench into its one JSON document.

Usage: summarize.py META_JSON WRK_RESULTS_JSONL MICRO_JSON [SCREEN_JSON [ACCURACY_JSON [MILLION_JSON [SCAN_JSON [TRAINING_JSON]]]]]
  META_JSON          machine, date, dataset and settings collected by scripts/bench
  WRK_RESULTS_JSONL  one object per wrk run, as printed by bench/wrk/report.lua
  MICRO_JSON         frontline_store_bench --benchmark_format=json output, or an
                     empty file when the micro-benchmark was skipped
  SCREEN_JSON        frontline_screen_bench output (screening over the index),
                     or an empty file / absent when it was skipped
  ACCURACY_JSON      frontline_accuracy_bench output (screening accuracy), or an
                     empty file / absent when it was skipped
  MILLION_JSON       frontline_million_bench output (1,000,000 persons, side by
                     side with pg_trgm), or an empty file / absent when skipped
  SCAN_JSON          frontline_scan_bench output (the online-recruitment scanner
                     beside ripgrep), or an empty file / absent when skipped
  TRAINING_JSON      frontline_training_bench --benchmark_format=json output
                     (item analysis and scoring), or an empty file / absent

Prints the document on stdout. Exit status 0 when every run answered only 2xx
(goals met or not: a missed goal is a result, not an error), 1 otherwise.
"""
import json
import statistics
import sys

# The goals on 2 cores; p99 applies to every scenario.
GOALS = {
    "create": {"min_rps": 2000.0, "max_p99_ms": 20.0},
    "list": {"min_rps": 5000.0, "max_p99_ms": 20.0},
}


def goal_for(scenario):
    return GOALS["create"] if scenario.startswith("create") else GOALS["list"]


def summarize_scenario(name, runs):
    rps = [r["rps"] for r in runs]
    p99 = [r["latency_ms"]["p99"] for r in runs]
    p50 = [r["latency_ms"]["p50"] for r in runs]
    non2xx = sum(r["errors"]["non2xx"] for r in runs)
    socket_errors = sum(r["errors"][k] for r in runs for k in ("connect", "read", "write", "timeout"))
    goal = goal_for(name)
    median_rps = statistics.median(rps)
    median_p99 = statistics.median(p99)
    out = {
        "runs": len(runs),
        "requests": sum(r["requests"] for r in runs),
        "median_rps": round(median_rps, 1),
        "min_rps": round(min(rps), 1),
        "max_rps": round(max(rps), 1),
        "median_p50_ms": round(statistics.median(p50), 3),
        "median_p99_ms": round(median_p99, 3),
        "min_p99_ms": round(min(p99), 3),
        "max_p99_ms": round(max(p99), 3),
        "max_latency_ms": round(max(r["latency_ms"]["max"] for r in runs), 3),
        "non2xx": non2xx,
        "socket_errors": socket_errors,
        "goal": goal,
        "pass": non2xx == 0 and median_rps >= goal["min_rps"] and median_p99 < goal["max_p99_ms"],
        "per_run": [
            {"rps": r["rps"], "p50_ms": r["latency_ms"]["p50"], "p90_ms": r["latency_ms"]["p90"],
             "p99_ms": r["latency_ms"]["p99"], "max_ms": r["latency_ms"]["max"], "non2xx": r["errors"]["non2xx"]}
            for r in runs
        ],
    }
    samples = [r["bad_sample"] for r in runs if r.get("bad_sample")]
    if samples:
        out["bad_sample"] = samples[0]
    return out


def summarize_micro(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return None
    if not text.strip():
        return None
    doc = json.loads(text)
    medians = {}
    for b in doc.get("benchmarks", []):
        if b.get("aggregate_name") != "median" or b.get("error_occurred"):
            continue
        name = b["run_name"]
        entry = {"real_time": round(b["real_time"], 3), "time_unit": b["time_unit"]}
        if "items_per_second" in b:
            entry["ops_per_second"] = round(b["items_per_second"], 1)
        if "rows_per_call" in b:
            entry["rows_per_call"] = round(b["rows_per_call"], 1)
        if "victims" in b:  # statistics/victims/*: victims counted
            entry["victims"] = int(b["victims"])
        medians[name] = entry
    errors = sorted({b["run_name"] + ": " + b.get("error_message", "") for b in doc.get("benchmarks", [])
                     if b.get("error_occurred")})
    ctx = doc.get("context", {})
    return {
        "cases_in_store": int(ctx["frontline_cases"]) if "frontline_cases" in ctx else None,
        "repetitions": max((b.get("repetitions", 0) for b in doc.get("benchmarks", [])), default=0),
        "library_build_type": ctx.get("library_build_type"),
        "medians": medians,
        "errors": errors,
    }


def main(argv):
    if len(argv) not in (4, 5, 6, 7, 8, 9):
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        meta = json.load(f)
    runs_by_scenario = {}
    with open(argv[2], encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                r = json.loads(line)
                runs_by_scenario.setdefault(r["scenario"], []).append(r)
    scenarios = {name: summarize_scenario(name, runs) for name, runs in runs_by_scenario.items()}
    doc = dict(meta)
    doc["scenarios"] = scenarios
    doc["all_goals_met"] = bool(scenarios) and all(s["pass"] for s in scenarios.values())
    micro = summarize_micro(argv[3])
    if micro is not None:
        doc["store_micro"] = micro
    for index, key in ((4, "screening"), (5, "accuracy"), (6, "screening_1m"), (7, "scan")):
        if len(argv) > index:
            with open(argv[index], encoding="utf-8") as f:
                text = f.read().strip()
            if text:
                doc[key] = json.loads(text)
    training = summarize_micro(argv[8]) if len(argv) > 8 else None
    if training is not None:
        doc["training"] = training
    json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    clean = all(s["non2xx"] == 0 for s in scenarios.values()) and (micro is None or not micro["errors"])
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
