#!/usr/bin/env python3
"""Smoke test on the third-party who-met-whom suite (PETRARCH-2 and PLOVER gold sentences).

Each record's sentence is ingested as an article of its own, and the meetings Parley finds are checked against
the suite's coding: a meeting that was held should be found as occurred, a planned one never as occurred, and
a phone call or any other event never as a meeting. The suite is small (see its README): this catches gross
errors, it does not rank systems.

    python3 scripts/petrarch-smoke.py [--suite ../shared/eval/petrarch] [--verbose]
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile


def records(suite):
    for name in ("meetings.jsonl", "meetings_plover.jsonl"):
        with open(os.path.join(suite, name), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def expectation(record):
    kinds = {(e["kind"], e.get("status")) for e in record["events"]}
    if any(k == "meeting" and s in ("held", "ongoing") for k, s in kinds):
        return "held"
    if any(k in ("meeting", "planned") for k, _ in kinds):
        return "planned"
    if any(k == "phone" for k, _ in kinds):
        return "phone"
    return "none"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suite", default="../shared/eval/petrarch")
    ap.add_argument("--cli", default="./parley")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="petrarch-")
    try:
        expected, texts = {}, {}
        folder = os.path.join(work, "articles")
        os.makedirs(folder)
        for i, r in enumerate(records(a.suite)):
            name = f"{i:03d}.txt"
            head = f"date {r['date']} By Suite, PETRARCH\n\n" if r.get("date") else ""
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(head + r["text"] + "\n")
            expected[name] = expectation(r)
            texts[name] = (r["id"], r["text"])
        store = os.path.join(work, "store")
        subprocess.run([a.cli, "ingest", "--store", store, folder], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([a.cli, "query", "--store", store, "--format", "json", "queries/meetings.rq"],
                             check=True, capture_output=True, text=True).stdout
        found = collections.defaultdict(dict)
        for b in json.loads(out)["results"]["bindings"]:
            name = os.path.basename(b["source"]["value"])
            m = found[name].setdefault(b["meeting"]["value"], {"status": b["status"]["value"], "parties": set()})
            m["parties"].add(b.get("participantLabel", {}).get("value", "?"))
        tally = collections.Counter()
        for name, want in expected.items():
            statuses = {m["status"] for m in found.get(name, {}).values()}
            if want == "held":
                ok = "occurred" in statuses
            elif want == "planned":
                ok = "occurred" not in statuses
            else:
                ok = not statuses
            tally[(want, ok)] += 1
            if a.verbose and not ok:
                print(f"  {texts[name][0]} expected {want}, found {sorted(statuses) or 'nothing'}: "
                      f"{[sorted(m['parties']) for m in found.get(name, {}).values()]} | {texts[name][1][:140]}")
        for want, label in (("held", "held meetings found as occurred"),
                            ("planned", "planned meetings not taken as occurred"),
                            ("phone", "phone calls not taken for meetings"),
                            ("none", "other events and no-event sentences without a meeting")):
            n = tally[(want, True)] + tally[(want, False)]
            print(f"{label}: {tally[(want, True)]}/{n}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
