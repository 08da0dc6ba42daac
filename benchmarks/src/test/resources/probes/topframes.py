"""Aggregates JFR execution samples: top self frames and top inclusive frames.

Usage: python3 topframes.py x.jfr [N]   (needs the JDK's `jfr` tool on PATH)
"""
import collections
import json
import subprocess
import sys

path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", path],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(out)["recording"]["events"]
self_count = collections.Counter()
incl_count = collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"]
    names = [f["method"]["type"]["name"].rsplit(".", 1)[-1] + "." + f["method"]["name"] for f in frames]
    if names:
        self_count[names[0]] += 1
    for name in set(names):
        incl_count[name] += 1
total = len(events)
print(f"{total} samples")
print("-- self")
for name, c in self_count.most_common(n):
    print(f"{100 * c / total:5.1f}%  {name}")
print("-- inclusive")
for name, c in incl_count.most_common(n):
    print(f"{100 * c / total:5.1f}%  {name}")
