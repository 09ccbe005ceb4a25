#!/usr/bin/env python3
"""Claim-detection recall and verdict accuracy of `geocheck check` on the labelled corpus.

Usage: Scripts/evaluate-claims.py [--binary PATH] [--corpus PATH] [--verbose]

Each sentence of Tests/Fixtures/claims-corpus.jsonl is checked on its own (`geocheck check
--json -`). An expected claim is detected when a found claim has the same kind and subject
(and reference, when the label gives one), compared case-insensitively as written in the text.
Prints recall (expected claims detected), verdict accuracy (detected claims with the labelled
verdict), precision (found claims that were expected), and every miss.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def written(expected, role):
    """The ways a label allows a name to be reported: the place's name, or the words the text
    uses for it ("the capital", "the town") when the label gives them as `ROLE_as_written`."""
    return {n.casefold() for n in (expected.get(role), expected.get(role + "_as_written")) if n}


def matches(expected, found):
    if expected["kind"] != found["kind"]:
        return False
    if (found.get("subject_text") or "").casefold() not in written(expected, "subject"):
        return False
    if expected["kind"] == "containment" and "reference" in expected:
        # A containment label names the city or region; the tool reports a city as the reference
        # and a region under "stated.region".
        where = found.get("reference_text") or (found.get("stated") or {}).get("region") or ""
        return where.casefold() in written(expected, "reference")
    if "reference" in expected:
        return (found.get("reference_text") or "").casefold() in written(expected, "reference")
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "geocheck"))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "Tests", "Fixtures", "claims-corpus.jsonl"))
    parser.add_argument("--verbose", action="store_true", help="print every claim, not only the misses")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"evaluate-claims: {args.binary} is not built; run `make build` first")

    with open(args.corpus, encoding="utf-8") as f:
        sentences = [json.loads(line) for line in f if line.strip()]
    expected_total = detected = right = found_total = found_expected = 0
    per_kind = defaultdict(Counter)
    problems = []
    for sentence in sentences:
        run = subprocess.run([args.binary, "check", "--json", "-"], input=sentence["text"].encode(),
                             capture_output=True)
        if run.returncode not in (0, 1):
            problems.append(f"{sentence['id']}: exit {run.returncode}: {run.stderr.decode().strip()}")
            continue
        found = json.loads(run.stdout)["claims"]
        found_total += len(found)
        used = set()
        for expected in sentence["claims"]:
            expected_total += 1
            per_kind[expected["kind"]]["expected"] += 1
            hit = next((i for i, claim in enumerate(found) if i not in used and matches(expected, claim)), None)
            if hit is None:
                problems.append(f"{sentence['id']}: missed {expected['kind']} claim about {expected['subject']}: {sentence['text']}")
                continue
            used.add(hit)
            detected += 1
            per_kind[expected["kind"]]["detected"] += 1
            claim = found[hit]
            if claim["verdict"] == expected["verdict"]:
                right += 1
                per_kind[expected["kind"]]["right"] += 1
                if args.verbose:
                    print(f"ok   {sentence['id']}: {claim['verdict']}: {claim['explanation']}")
            else:
                problems.append(f"{sentence['id']}: {expected['kind']} {expected['subject']}: expected {expected['verdict']}, "
                                f"got {claim['verdict']}: {claim['explanation']}")
        found_expected += len(used)
        for i, claim in enumerate(found):
            if i not in used:
                problems.append(f"{sentence['id']}: extra {claim['kind']} claim “{claim['text']}” ({claim['verdict']})")

    for line in problems:
        print(line)
    print()
    print(f"{'kind':<12} {'expected':>8} {'detected':>8} {'verdict right':>13}")
    for kind in ["distance", "direction", "border", "containment", "position", "capital"]:
        c = per_kind[kind]
        print(f"{kind:<12} {c['expected']:>8} {c['detected']:>8} {c['right']:>13}")
    recall = detected / expected_total if expected_total else 0
    accuracy = right / detected if detected else 0
    precision = found_expected / found_total if found_total else 1
    print()
    print(f"sentences: {len(sentences)}; labelled claims: {expected_total}")
    print(f"claim-detection recall: {detected}/{expected_total} = {recall:.1%}")
    print(f"verdict accuracy (detected claims): {right}/{detected} = {accuracy:.1%}")
    print(f"precision (found claims that were labelled): {found_expected}/{found_total} = {precision:.1%}")
    sys.exit(0 if recall >= 0.9 and accuracy >= 0.9 else 1)


if __name__ == "__main__":
    main()
