#!/usr/bin/env python3
"""The real-text evaluation of several batches at once, a line each and a total.

Usage: Scripts/evaluate-real-batches.py [--binary PATH] BATCH_FOLDER...

Each folder holds `labels.jsonl` and `passages/NN.txt` (see Evaluation/RealText/README.md: the
passages are published text and stay outside the repository). Runs Scripts/evaluate-real.py on
each and sums recall, precision, verdict agreement and false alarms.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "geocheck"))
    parser.add_argument("batches", nargs="+")
    args = parser.parse_args()
    total = dict(labelled=0, found=0, matching=0, all_found=0, agree=0, alarms=0, unlabelled=0)
    for batch in args.batches:
        run = subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "evaluate-real.py"), batch, "--binary", args.binary],
                             capture_output=True, text=True, cwd=ROOT)
        out = run.stdout

        def number(pattern, group=1):
            found = re.search(pattern, out)
            if not found:
                sys.exit(f"{batch}: no result ({run.stderr.strip() or out.strip()[:200]})")
            return int(found.group(group))
        row = dict(labelled=number(r"labelled claims: (\d+)"), found=number(r"recall \(claims found\): (\d+)"),
                   matching=number(r"precision \(found claims that were labelled\): (\d+)/(\d+)"),
                   all_found=number(r"precision \(found claims that were labelled\): (\d+)/(\d+)", 2),
                   agree=number(r"verdict agreement on found claims: (\d+)"),
                   alarms=number(r"false alarms \(inconsistent, label not\): (\d+)"),
                   unlabelled=number(r"unlabelled claims called inconsistent: (\d+)"))
        for key, value in row.items():
            total[key] += value
        print(summary(os.path.basename(os.path.normpath(batch)), row))
    print(summary("total", total))


def summary(name, row):
    def pct(a, b):
        return f"{a}/{b} = {100.0 * a / b:.1f} %" if b else f"{a}/0"
    return (f"{name}: recall {pct(row['found'], row['labelled'])}, precision {pct(row['matching'], row['all_found'])}, "
            f"verdicts {pct(row['agree'], row['found'])}, false alarms {row['alarms']} "
            f"({100.0 * row['alarms'] / max(row['labelled'], 1):.1f} per 100), unlabelled called inconsistent {row['unlabelled']}")


if __name__ == "__main__":
    main()
