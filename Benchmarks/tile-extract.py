#!/usr/bin/env python3
"""Makes a larger extract of real composition from a small one: COPIES copies of it side by side
(each shifted in longitude and latitude, its ids offset), for throughput figures that are not
just process start-up. The copies are not joined by any road.

Usage: Benchmarks/tile-extract.py IN.osm.pbf COPIES OUT.osm.pbf   (needs osmium-tool)
"""
import math
import re
import subprocess
import sys
import tempfile

source, copies, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
opl = subprocess.run(["osmium", "cat", source, "-f", "opl"], check=True, capture_output=True, text=True).stdout.splitlines()
lons = [float(m) for m in re.findall(r" x(-?[0-9.]+)", "\n".join(l for l in opl if l.startswith("n")))]
lats = [float(m) for m in re.findall(r" y(-?[0-9.]+)", "\n".join(l for l in opl if l.startswith("n")))]
width, height = (max(lons) - min(lons)) * 1.1, (max(lats) - min(lats)) * 1.1
# Ids are renumbered densely per kind (Routino keeps way ids in 32 bits).
dense = {kind: {} for kind in "nwr"}
for line in opl:
    table = dense[line[0]]
    table[line[1:line.index(" ")]] = len(table) + 1
side = math.ceil(math.sqrt(copies))
reference = re.compile(r"([nwr])(\d+)")
with tempfile.NamedTemporaryFile("w", suffix=".opl", delete=False) as out:
    for kind in "nwr":
        for copy in range(copies):
            dx, dy = (copy % side) * width, (copy // side) * height

            def renumber(kind_, number, copy=copy):
                table = dense[kind_]
                return str(table.get(number, len(table) + 1) + copy * (len(table) + 1))
            for line in opl:
                if not line.startswith(kind):
                    continue
                fields = line.split(" ")
                fields[0] = kind + renumber(kind, fields[0][1:])
                for i, field in enumerate(fields):
                    if field.startswith("x") and kind == "n":
                        fields[i] = f"x{float(field[1:]) + dx:.7f}"
                    elif field.startswith("y") and kind == "n":
                        fields[i] = f"y{float(field[1:]) + dy:.7f}"
                    elif field.startswith("N") or field.startswith("M"):
                        fields[i] = field[0] + reference.sub(lambda m: m.group(1) + renumber(m.group(1), m.group(2)), field[1:])
                out.write(" ".join(fields) + "\n")
    name = out.name
subprocess.run(["osmium", "sort", name, "-o", target, "-O"], check=True)
