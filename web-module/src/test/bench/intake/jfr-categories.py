#!/usr/bin/env python3
"""Aggregates a Flight Recording's jdk.ExecutionSample events by what the sampled stack is doing (issue 15).

Usage: jfr-categories.py RECORDING.jfr   (needs the JDK's `jfr` on PATH). Each sample counts once, in the first
category one of its frames matches; JFR keeps the innermost 64 frames, so deep Hibernate flushes partly show as
"Hibernate other". The rest are listed by their top frame."""
import json, subprocess, sys, collections
f = sys.argv[1]
out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", f], capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]
cats = [("Hibernate flush (dirty checks, cascades)", lambda n: "hibernate/event/internal" in n and "lush" in n),
        ("R18 detection (NearDuplicates, CoordinationDetector, TextSketch)", lambda n: "veracity/domain/coordination" in n or "NearDuplicates" in n or "TextSketch" in n),
        ("text normalising/RFH matching (domain.hoax)", lambda n: "veracity/domain/hoax" in n),
        ("distribution projection / grid", lambda n: "infrastructure/grid" in n or "hazelcast" in n or "Projection" in n),
        ("JDBC driver", lambda n: n.startswith("org/postgresql")),
        ("Hibernate other", lambda n: n.startswith("org/hibernate")),
        ("JSON / REST", lambda n: "json" in n.lower() or "jersey" in n or "grizzly" in n),
        ("Weld/EJB/CDI", lambda n: "jboss/weld" in n or "glassfish/ejb" in n),
        ]
c = collections.Counter(); n = 0
for e in events:
    v = e["values"]; st = v.get("stackTrace")
    if not st: continue
    names = [fr["method"]["type"]["name"] + "." + fr["method"]["name"] for fr in st["frames"]]
    n += 1
    for title, test in cats:
        if any(test(x) for x in names):
            c[title] += 1; break
    else:
        c["other: " + names[0]] += 1
print("samples", n)
rest = 0
for k, v in c.most_common():
    if k.startswith("other: ") and v < n * 0.01:
        rest += v; continue
    print(f"{v:6d} {100*v/n:5.1f}%  {k}")
print(f"{rest:6d} {100*rest/n:5.1f}%  other frames, each < 1 %")
