#!/usr/bin/env python3
"""Fails (exit 1) when a figure of score.py's --json output falls under its floor."""
import json
import sys

scores = json.load(open(sys.argv[1]))
floors = json.load(open(sys.argv[2]))
figures = {
    "pairF1": scores["pairs"][2], "meetingF1": scores["meetings"][2],
    "place": scores["place_acc"], "date": scores["date_acc"], "status": scores["status_acc"],
    "territoryF1": scores["territories"][2], "claimantF1": scores["claimants"][2],
}
failed = False
for name, floor in floors.items():
    if name == "negativesMax":
        ok = scores["negatives_hit"] <= floor
        print(f"{'ok  ' if ok else 'FAIL'} non-meetings taken for meetings {scores['negatives_hit']} (at most {floor})")
    else:
        ok = figures[name] >= floor
        print(f"{'ok  ' if ok else 'FAIL'} {name} {figures[name]:.2f} (floor {floor:.2f})")
    failed |= not ok
sys.exit(1 if failed else 0)
