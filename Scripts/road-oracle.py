#!/usr/bin/env python3
"""Independent road distances on an OSM extract: pyrosm's drivable network, networkx Dijkstra.

Usage: Scripts/road-oracle.py EXTRACT.osm.pbf PAIRS SEED > fixture.tsv

Builds the "driving" network of pyrosm 0.25.0 (its own highway filter, one-way streets as
directed edges, edge lengths in metres from pyrosm), keeps the ways a car may use by the most
specific of the tags motorcar, motor_vehicle, vehicle, access (yes, permissive, designated; not
no, private, destination, delivery: the rule Routino's driving profile also follows, stated here
and applied to pyrosm's tags), takes the largest strongly connected part,
draws PAIRS random node pairs with SEED, finds each shortest path with networkx 3 (Dijkstra on
pyrosm's 'length', great-circle metres on a sphere of 6,371.0088 km), and writes the path's
length on the WGS84 ellipsoid (pyproj's Geod over each edge's geometry; at 60° N the sphere is
0.2-0.4 % short). Nothing here uses Routino or GeoCheck.
"""
import json
import random
import sys

import networkx as nx
import pyproj
import pyrosm

ellipsoid = pyproj.Geod(ellps="WGS84")

path, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
osm = pyrosm.OSM(path)
nodes, edges = osm.get_network(network_type="driving", nodes=True)


def open_to_cars(row):
    tags = {}
    if isinstance(row.get("tags"), str):
        tags = json.loads(row["tags"])
    for key in ("motorcar", "motor_vehicle", "vehicle", "access"):
        value = row.get(key) if isinstance(row.get(key), str) else tags.get(key)
        if value:
            return value in ("yes", "permissive", "designated")
    return True


edges = edges[edges.apply(open_to_cars, axis=1)]
graph = osm.to_graph(nodes, edges, graph_type="networkx", retain_all=False)
largest = max(nx.strongly_connected_components(graph), key=len)
graph = graph.subgraph(largest).copy()
ids = sorted(graph.nodes)
rng = random.Random(seed)
print(f"# road-oracle.py {path.split('/')[-1]} {count} {seed}: pyrosm {pyrosm.__version__} driving network, "
      f"networkx {nx.__version__} Dijkstra on edge length, path length on WGS84 (pyproj {pyproj.__version__}); {graph.number_of_nodes()} nodes, "
      f"{graph.number_of_edges()} edges in the largest strongly connected part")
print("lat1\tlon1\tlat2\tlon2\tmetres")
written = 0
while written < count:
    a, b = rng.sample(ids, 2)
    path = nx.shortest_path(graph, a, b, weight="length")
    metres = 0.0
    for u, v in zip(path, path[1:]):
        edge = min(graph[u][v].values(), key=lambda data: data["length"])
        metres += ellipsoid.geometry_length(edge["geometry"])
    if metres < 300:
        continue  # too short to compare with a tolerance in per cent
    na, nb = graph.nodes[a], graph.nodes[b]
    print(f"{na['y']:.7f}\t{na['x']:.7f}\t{nb['y']:.7f}\t{nb['x']:.7f}\t{metres:.1f}")
    written += 1
