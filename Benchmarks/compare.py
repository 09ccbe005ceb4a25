#!/usr/bin/env python3
"""Runs the GeoCheck benchmarks and prints a Markdown table of figures and ratios.

1. Batch inverse geodesics on the same N random pairs (default 1,000,000):
   `geocheck distance --batch` vs PROJ's `geod -I` vs Python geographiclib, each as a whole
   run (reading, solving and writing). geocheck's output is also checked against geographiclib
   on every pair (largest differences printed).
2. Prepared point-in-polygon on the same polygon and points: GeoCheck (GEOS prepared geometry
   through Swift) vs shapely 2 (`prepare` + `contains_xy`, vectorised).
"""
import argparse
import json
import math
import os
import platform
import random
import subprocess
import time

from geographiclib.geodesic import Geodesic
import numpy as np
import shapely


def write_pairs(path, count, seed):
    rng = random.Random(seed)
    with open(path, "w") as out:
        out.write("lat1,lon1,lat2,lon2\n")
        for _ in range(count):
            out.write("%.7f,%.7f,%.7f,%.7f\n" % (rng.uniform(-90, 90), rng.uniform(-180, 180),
                                                  rng.uniform(-90, 90), rng.uniform(-180, 180)))


def timed(command, stdin_path, stdout_path):
    with open(stdin_path) as source, open(stdout_path, "w") as sink:
        start = time.perf_counter()
        subprocess.run(command, stdin=source, stdout=sink, check=True)
        return time.perf_counter() - start


def python_geographiclib(pairs_path, out_path):
    start = time.perf_counter()
    geodesic = Geodesic.WGS84
    with open(pairs_path) as source, open(out_path, "w") as sink:
        next(source)
        for line in source:
            lat1, lon1, lat2, lon2 = map(float, line.split(","))
            r = geodesic.Inverse(lat1, lon1, lat2, lon2)
            sink.write("%r %r %r\n" % (r["s12"], r["azi1"], r["azi2"]))
    return time.perf_counter() - start


def angle_gap(a, b):
    d = abs(a - b) % 360
    return min(d, 360 - d)


def agreement(geocheck_out, python_out):
    worst_distance = worst_angle = 0.0
    rows = 0
    with open(geocheck_out) as ours, open(python_out) as theirs:
        for line, reference in zip(ours, theirs):
            row = json.loads(line)
            s12, azi1, azi2 = map(float, reference.split())
            worst_distance = max(worst_distance, abs(row["distance_m"] - s12))
            worst_angle = max(worst_angle, angle_gap(row["initial_bearing_deg"], azi1),
                              angle_gap(row["final_bearing_deg"], azi2))
            rows += 1
    return rows, worst_distance, worst_angle


def star_polygon(vertices, seed):
    """A jagged star around 35°N 38°E, about 400 km across: many vertices, concave everywhere."""
    rng = random.Random(seed)
    ring = []
    for i in range(vertices):
        angle = 2 * math.pi * i / vertices
        radius = 2.0 * (0.6 + 0.4 * rng.random())
        ring.append((38 + radius * math.cos(angle), 35 + radius * math.sin(angle)))
    ring.append(ring[0])
    return shapely.Polygon(ring)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--pairs", type=int, default=1_000_000)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--vertices", type=int, default=5_000)
    args = parser.parse_args()

    pairs = os.path.join(args.work, "pairs.csv")
    geod_in = os.path.join(args.work, "pairs.geod")
    write_pairs(pairs, args.pairs, 1)
    with open(pairs) as source, open(geod_in, "w") as sink:
        next(source)
        for line in source:
            sink.write(line.replace(",", " "))

    geocheck_out = os.path.join(args.work, "geocheck.jsonl")
    t_geocheck = timed([os.path.join(args.bin, "geocheck"), "distance", "--batch", "-"], pairs, geocheck_out)
    t_geod = timed(["geod", "-I", "+ellps=WGS84", "-f", "%.12f"], geod_in, os.path.join(args.work, "geod.out"))
    python_out = os.path.join(args.work, "geographiclib.out")
    t_python = python_geographiclib(pairs, python_out)
    rows, worst_distance, worst_angle = agreement(geocheck_out, python_out)

    polygon = star_polygon(args.vertices, 2)
    rng = np.random.default_rng(3)
    minx, miny, maxx, maxy = polygon.bounds
    xs = rng.uniform(minx, maxx, args.points)
    ys = rng.uniform(miny, maxy, args.points)
    wkt_path = os.path.join(args.work, "polygon.wkt")
    points_path = os.path.join(args.work, "points.csv")
    with open(wkt_path, "w") as out:
        out.write(shapely.to_wkt(polygon, rounding_precision=-1))
    np.savetxt(points_path, np.column_stack([xs, ys]), delimiter=",", fmt="%.17g")
    shapely.prepare(polygon)
    start = time.perf_counter()
    shapely_inside = int(shapely.contains_xy(polygon, xs, ys).sum())  # boundary points: none at random
    t_shapely = time.perf_counter() - start
    ours = json.loads(subprocess.run([os.path.join(args.bin, "geocheck-pip-bench"), wkt_path, points_path],
                                     check=True, capture_output=True, text=True).stdout)

    n = args.pairs
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"Python {platform.python_version()}, shapely {shapely.__version__}")
    print()
    print("| benchmark | tool | time (s) | per second | geocheck is |")
    print("|---|---|---:|---:|---:|")
    print(f"| inverse geodesic, {n:,} pairs | geocheck distance --batch | {t_geocheck:.2f} | {n / t_geocheck:,.0f} | 1× |")
    print(f"| | geod -I (PROJ) | {t_geod:.2f} | {n / t_geod:,.0f} | {t_geod / t_geocheck:.1f}× faster |")
    print(f"| | Python geographiclib | {t_python:.2f} | {n / t_python:,.0f} | {t_python / t_geocheck:.1f}× faster |")
    print(f"| prepared point-in-polygon, {args.points:,} points, {args.vertices:,}-vertex polygon "
          f"| GeoCheck (GEOS prepared) | {ours['seconds']:.2f} | {ours['points'] / ours['seconds']:,.0f} | 1× |")
    print(f"| | shapely contains_xy (prepared) | {t_shapely:.2f} | {args.points / t_shapely:,.0f} "
          f"| {t_shapely / ours['seconds']:.2f}× as fast |")
    print()
    print(f"Agreement with geographiclib over {rows:,} pairs: largest distance difference "
          f"{worst_distance:.2e} m, largest bearing difference {worst_angle:.2e}°.")
    print(f"Points inside: GeoCheck {ours['inside']:,}, shapely {shapely_inside:,}.")


if __name__ == "__main__":
    main()
