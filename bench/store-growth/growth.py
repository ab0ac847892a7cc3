#!/usr/bin/env python3
"""Article graphs for the store-growth benchmark, made from the graphs of really ingested articles (seed.nq).

  growth.py base SEED COPIES OUT.nq
      writes COPIES copies of every seed article graph (new article IRIs, same shape) as N-Quads: the store's
      background, loaded once with `parley load`.
  growth.py rewrite SEED ROUNDS EVERY PORT TOKEN STORE
      replaces the seed's own article graphs in a running `parley serve`, ROUNDS times, with a Graph Store
      Protocol PUT each (one write transaction per article, as `parley ingest` does); the ingestion timestamps
      and the ingestion activity's IRI are new each round, as they are when an article is ingested again.
      Prints round,kilobytes-on-disk every EVERY rounds.
"""
import http.client
import re
import subprocess
import sys
import urllib.parse
from datetime import datetime, timedelta, timezone

mode, seed = sys.argv[1:3]

ONTOLOGY = "<https://w3id.org/parley/ont>"
SLUG = re.compile(r"/graph/article/([0-9a-f]{16})>")
TIME = re.compile(r'"(\d{4}-\d\d-\d\dT[^"]+Z)"')
INGESTION = re.compile(r"(/id/ingestion/[0-9a-f]{16})-\d+>")
graphs = {}
with open(seed, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line.endswith(" ."):
            continue
        # an N-Quads line: the graph is the last IRI before the final dot
        body, graph = line[:-2].rsplit(" ", 1)
        if graph == ONTOLOGY or not SLUG.search(graph):
            continue  # the ontology, and the canonical layer that only `parley ingest` and `parley resolve` write
        graphs.setdefault(graph, []).append(body + " .")


def article(graph, lines, copy, round_no):
    """The graph's triples as the `copy`-th article, ingested in round `round_no`."""
    slug = SLUG.search(graph).group(1)
    new_slug = "%08x%08x" % (int(slug[:8], 16) ^ copy, copy)
    stamp = (datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=round_no * 10 + copy)).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = "\n".join(lines).replace(slug, new_slug)
    text = TIME.sub('"' + stamp + '"', text)
    text = INGESTION.sub(lambda m: m.group(1).replace(slug, new_slug) + "-%d>" % round_no, text)
    return "<" + graph[1:-1].replace(slug, new_slug) + ">", text.encode("utf-8")


def size_kb(store):
    return int(subprocess.run(["du", "-sk", store], capture_output=True, text=True, check=True).stdout.split()[0])


if mode == "base":
    copies, out = int(sys.argv[3]), sys.argv[4]
    with open(out, "w", encoding="utf-8") as f:
        for copy in range(1, copies + 1):
            for graph, lines in graphs.items():
                name, body = article(graph, lines, copy, 0)
                for triple in body.decode("utf-8").split("\n"):
                    f.write(triple[:-2] + " " + name + " .\n")
    sys.exit(0)

rounds, every, port, token, store = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
conn = http.client.HTTPConnection("localhost", int(port), timeout=600)
for r in range(rounds + 1):
    for graph, lines in graphs.items():
        name, body = article(graph, lines, 0, r)
        path = "/data?graph=" + urllib.parse.quote(name[1:-1], safe="")
        conn.request("PUT", path, body, {"Content-Type": "application/n-triples", "Authorization": "Bearer " + token})
        resp = conn.getresponse()
        resp.read()
        if resp.status not in (201, 204):
            sys.exit("PUT %s: %d" % (name, resp.status))
    if r % every == 0 or r == rounds:
        print("%d,%d" % (r, size_kb(store)), flush=True)
