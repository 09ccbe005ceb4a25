#!/usr/bin/env python3
"""How `geocheck check` does on real news passages labelled by hand.

Usage: Scripts/evaluate-real.py BATCH [--binary PATH] [--verbose] [--json OUT]

BATCH is a folder with `passages/NN.txt` (the published text, kept outside the repository) and
`labels.jsonl` (one line per passage: its URL, the claims a fact-checker would check, with kind,
subject and reference as written, the truth and the verdict an ideal tool with the shipped
gazetteer would give, and the GeoNames id, or the status, of every place). The format is in
the README's "Measuring on real text".

A found claim matches a label when the kinds agree (position and containment count as one,
as do distance and direction) and the subject agrees (and the reference, where the label gives
one): the names as written, compared without case, articles, region words or punctuation, one
containing the other, or the place the tool resolved is the one the label names. Prints recall, precision, verdict agreement, false
alarms (inconsistent where the label is not), places resolved right and wrong, and the misses.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERIC = {"the", "province", "governorate", "state", "region", "district", "oblast", "city", "town", "of", "al",
           "el", "village", "county", "prefecture", "department", "territory", "capital", "provincial"}


def core(name):
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`ʼʻ]s\b", "", text)
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in GENERIC]
    return " ".join(words)


def same(a, b):
    a, b = core(a), core(b)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def kinds_match(label, found):
    if label["kind"] == found["kind"]:
        return True
    pair = {label["kind"], found["kind"]}
    return pair == {"position", "containment"} or pair == {"distance", "direction"}


def names(label, key):
    out = [label.get(key)]
    if label.get(key + "_as_written"):
        out.append(label[key + "_as_written"])
    return [n for n in out if n]


def matches(label, found, places):
    """Whether a found claim is the labelled one: names as written agree, or the place the tool
    resolved is the one the label names (a claim whose reference the text calls "the capital")."""
    if not kinds_match(label, found):
        return False

    def agrees(role):
        if any(same(n, found.get(role + "_text")) for n in names(label, role)):
            return True
        # A definite description ("the capital", "the city") stands for the place the label names.
        written = (found.get(role + "_text") or "").lower()
        if role == "reference" and written.startswith("the ") and any(w in written for w in ("capital", "city", "town")):
            return True
        place = places.get(label.get(role)) or {}
        return bool(found.get(role)) and place.get("geonameid") is not None and found[role]["geonameid"] == place["geonameid"]
    if not agrees("subject"):
        return False
    if label.get("reference") and label["kind"] in ("distance", "direction"):
        return agrees("reference")
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "geocheck"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", help="write the per-claim results here")
    args = parser.parse_args()
    with open(os.path.join(args.batch, "labels.jsonl"), encoding="utf-8") as f:
        passages = [json.loads(line) for line in f if line.strip()]

    labelled = found_total = found_matching = detected = agree = false_alarms = 0
    caught = false_claims = 0
    places_right = places_wrong = 0
    skipped = 0
    wrong_places, misses, extras, disagreements, alarms, unlabelled_alarms = [], [], [], [], [], []
    results = []
    for passage in passages:
        path = os.path.join(args.batch, "passages", passage["id"] + ".txt")
        if not os.path.exists(path):
            # A passage whose text could not be recovered from its URL: its claims are left out
            # of every figure rather than counted as misses.
            print(f"{passage['id']}: no passage text at {path}: skipped")
            skipped += 1
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        run = subprocess.run([args.binary, "check", "--json", "-"], input=text.encode(), capture_output=True)
        if run.returncode not in (0, 1):
            print(f"{passage['id']}: exit {run.returncode}: {run.stderr.decode().strip()}")
            continue
        report = json.loads(run.stdout)
        found = report["claims"]
        found_total += len(found)
        place_ids = {p["name"]: p for p in passage.get("places", [])}
        used = set()
        # Exact kinds first, over all labels, then the looser pairs (position ~ containment).
        assigned = {}
        for loose in (False, True):
            for n, label in enumerate(passage["claims"]):
                if n in assigned:
                    continue
                hit = next((i for i, f in enumerate(found) if i not in used and (loose or f["kind"] == label["kind"])
                            and matches(label, f, place_ids)), None)
                if hit is not None:
                    assigned[n] = hit
                    used.add(hit)
        for n, label in enumerate(passage["claims"]):
            labelled += 1
            if label.get("truth") == "false":
                false_claims += 1
            hit = assigned.get(n)
            result = {"passage": passage["id"], "label": label, "found": found[hit] if hit is not None else None}
            results.append(result)
            if hit is None:
                misses.append(f"{passage['id']}: {label['kind']} {label['subject']!r}"
                              + (f" / {label.get('reference')!r}" if label.get("reference") else "")
                              + f" ({label.get('stated', '')})")
                continue
            detected += 1
            claim = found[hit]
            if claim["verdict"] == label["expected_verdict"]:
                agree += 1
            else:
                disagreements.append(f"{passage['id']}: {label['kind']} {label['subject']!r}: expected "
                                     f"{label['expected_verdict']}, got {claim['verdict']}: {claim['explanation']}")
            if claim["verdict"] == "inconsistent":
                if label.get("truth") == "false":
                    caught += 1
                elif label["expected_verdict"] != "inconsistent":
                    false_alarms += 1
                    alarms.append(f"{passage['id']}: {claim['text']!r}: {claim['explanation']}")
        found_matching += len(used)
        for i, claim in enumerate(found):
            if i not in used:
                extras.append(f"{passage['id']}: {claim['kind']} {claim.get('subject_text')!r}: {claim['text']!r}")
                # A claim nobody labelled but the tool calls wrong: a false alarm a reader would see
                # unless the labeller missed a false claim; listed so that it can be judged.
                if claim["verdict"] == "inconsistent":
                    unlabelled_alarms.append(f"{passage['id']}: {claim['text']!r}: {claim['explanation']}")
        # Places: every name a found claim resolved, against the label's id or status.
        seen = set()
        for claim in found:
            for role in ("subject", "reference"):
                place, written = claim.get(role), claim.get(role + "_text")
                if not place or not written:
                    continue
                label = next((p for n, p in place_ids.items() if same(n, written)), None)
                if label is None or (passage["id"], written) in seen:
                    continue
                seen.add((passage["id"], written))
                expected = label.get("geonameid")
                if expected is not None and place["geonameid"] == expected:
                    places_right += 1
                elif expected is None and label.get("status") in ("region", "country") and place["geonameid"] >= 800000000 \
                        and place["geonameid"] < 900000000:
                    places_right += 1
                else:
                    places_wrong += 1
                    wrong_places.append(f"{passage['id']}: {written!r} → {place['name']} ({place['country']}, "
                                        f"{place['geonameid']}); label {expected or label.get('status')}")

    def pct(a, b):
        return f"{a}/{b} = {100.0 * a / b:.0f}%" if b else f"{a}/0"
    for title, rows in (("missed", misses), ("verdicts that disagree", disagreements), ("false alarms", alarms),
                        ("unlabelled claims called inconsistent", unlabelled_alarms),
                        ("places resolved wrong", wrong_places), ("found, not labelled", extras)):
        if rows and (args.verbose or title != "found, not labelled"):
            print(f"\n{title}:")
            for row in rows:
                print("  " + row)
    print()
    print(f"passages: {len(passages) - skipped}" + (f" ({skipped} skipped, no text)" if skipped else "")
          + f", labelled claims: {labelled}")
    print(f"recall (claims found): {pct(detected, labelled)}")
    print(f"precision (found claims that were labelled): {pct(found_matching, found_total)}")
    print(f"verdict agreement on found claims: {pct(agree, detected)}")
    print(f"false alarms (inconsistent, label not): {false_alarms} ({100.0 * false_alarms / max(labelled, 1):.1f} per 100 claims)")
    print(f"unlabelled claims called inconsistent: {len(unlabelled_alarms)}")
    print(f"false claims caught: {caught}/{false_claims}")
    print(f"places resolved: {pct(places_right, places_right + places_wrong)} right, {places_wrong} wrong")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main())
