#!/usr/bin/env python3
"""Writes geodesic_reference.csv: WGS84 inverse solutions from the Python geographiclib package
(C. F. F. Karney's own pure-Python implementation), an oracle independent of PROJ's C code.

Made with:  pip install geographiclib==2.1 && python3 make_geodesic_fixtures.py
Columns: lat1,lon1,lat2,lon2,s12_m,azi1_deg,azi2_deg  (azimuths as geographiclib gives them,
in -180..180; GeoCheck reports 0..360, so tests compare angles modulo 360).
"""
import random
from geographiclib.geodesic import Geodesic

# Hand-picked cases where geodesic code tends to break.
SPECIAL = [
    (0, 0, 0, 0),                 # coincident on the equator
    (51.5, -0.12, 51.5, -0.12),   # coincident elsewhere
    (90, 0, 90, 0),               # coincident at the north pole
    (90, 0, -90, 0),              # pole to pole
    (90, 45, 10, 100),            # from the north pole
    (-90, 0, -45, 30),            # from the south pole
    (89.999999, 0, 89.999999, 180),  # across the pole, very close
    (0, 179.5, 0, -179.5),        # across the antimeridian on the equator
    (10, 180, 10, -180),          # the same point written two ways
    (-16.5, 179.9, -18.1, -178.4),  # Fiji, across the antimeridian
    (35.68, 139.77, 34.05, -118.24),  # Tokyo to Los Angeles
    (0, 0, 0, 180),               # exactly antipodal on the equator
    (0, 0, 0.5, 179.5),           # nearly antipodal
    (0, 0, 0, 179.9),             # nearly antipodal on the equator
    (-30, 0, 29.9, 179.8),        # nearly antipodal, off the equator
    (30, 0, -30, 180),            # exactly antipodal, off the equator
    (40.64, -73.78, 1.36, 103.99),  # JFK to Singapore (geodesic.h's example)
    (33.5102, 36.29128, 34.72682, 36.72339),  # Damascus to Homs (GeoNames points)
    (0, 0, 1e-9, 1e-9),           # a few millimetres
    (45, 10, 45.0000001, 10),     # about a centimetre along a meridian
    (0, 10, 0, 20),               # along the equator
    (-41.29, 174.78, 64.15, -21.94),  # Wellington to Reykjavik
]


def main():
    geodesic = Geodesic.WGS84
    random.seed(20261127)
    rows = list(SPECIAL)
    for _ in range(1000):
        rows.append((random.uniform(-90, 90), random.uniform(-180, 180),
                     random.uniform(-90, 90), random.uniform(-180, 180)))
    # Pairs near their antipodes, where the inverse problem is hardest.
    for _ in range(200):
        lat, lon = random.uniform(-90, 90), random.uniform(-180, 180)
        alat = -lat + random.uniform(-0.5, 0.5)
        alon = lon + 180 + random.uniform(-0.5, 0.5)
        alon = (alon + 180) % 360 - 180
        rows.append((lat, lon, max(-90, min(90, alat)), alon))
    # Short pairs.
    for _ in range(100):
        lat, lon = random.uniform(-89, 89), random.uniform(-179, 179)
        rows.append((lat, lon, lat + random.uniform(-1e-3, 1e-3), lon + random.uniform(-1e-3, 1e-3)))
    with open("geodesic_reference.csv", "w") as out:
        out.write("lat1,lon1,lat2,lon2,s12_m,azi1_deg,azi2_deg\n")
        for lat1, lon1, lat2, lon2 in rows:
            r = geodesic.Inverse(lat1, lon1, lat2, lon2)
            out.write(",".join(repr(float(v)) for v in
                               (lat1, lon1, lat2, lon2, r["s12"], r["azi1"], r["azi2"])) + "\n")


if __name__ == "__main__":
    main()
