#!/usr/bin/env python3
"""Independent check of ControlTimelineDiffTests: which Aleppo neighbourhoods changed controllers
between two days, and the km² each controller gained and lost, computed without Truce's code.

Rules re-implemented from docs/control.md: a row applies from the first day its from_date allows
to the last day its to_date allows, both inclusive, open when empty; rows are grouped by P-code;
a polygon's controllers on a day are the distinct controllers of the rows in force; gains and
losses count polygons known on both days.

Area: a different method from the implementation (which uses the authalic sphere). The area
element of the WGS 84 ellipsoid, dA = M(φ) N(φ) cos φ dφ dλ, integrated by Green's theorem:
A = |∮ F(φ) dλ| with F(φ) = ∫ M N cos φ dφ from a reference latitude, F by composite Simpson,
each edge taken as straight in (λ, φ) and integrated by Simpson's rule.

Usage: python3 aleppo_diff_check.py [2016-11-20] [2016-12-23]   (run from the repository root)
Standard library only.
"""
import csv, datetime, json, math, sys, calendar

A = 6378137.0
F_ = 1 / 298.257223563
E2 = F_ * (2 - F_)

def mn_cos(phi):
    s = math.sin(phi)
    w = 1 - E2 * s * s
    return A * (1 - E2) / w ** 1.5 * A / math.sqrt(w) * math.cos(phi)

def simpson(f, a, b, n=16):
    h = (b - a) / n
    return h / 3 * (f(a) + f(b) + 4 * sum(f(a + (2 * k - 1) * h) for k in range(1, n // 2 + 1))
                    + 2 * sum(f(a + 2 * k * h) for k in range(1, n // 2)))

def ring_area(ring):
    ref = math.radians(ring[0][1])
    F = lambda phi: simpson(mn_cos, ref, phi)
    total = 0.0
    for (l1, p1), (l2, p2) in zip(ring, ring[1:]):
        p1, p2 = math.radians(p1), math.radians(p2)
        dl = math.radians(l2 - l1)
        total += dl * (F(p1) + 4 * F((p1 + p2) / 2) + F(p2)) / 6
    return abs(total)

def polygon_area(geom):
    polys = geom['coordinates'] if geom['type'] == 'MultiPolygon' else [geom['coordinates']]
    return sum(ring_area(p[0]) - sum(ring_area(h) for h in p[1:]) for p in polys)

def earliest(t):
    t = t.strip()[:10]
    if not t: return None
    if len(t) == 4: return datetime.date(int(t), 1, 1)
    if len(t) == 7: return datetime.date(int(t[:4]), int(t[5:7]), 1)
    return datetime.date.fromisoformat(t)

def latest(t):
    t = t.strip()[:10]
    if not t: return None
    if len(t) == 4: return datetime.date(int(t), 12, 31)
    if len(t) == 7:
        y, m = int(t[:4]), int(t[5:7])
        return datetime.date(y, m, calendar.monthrange(y, m)[1])
    return datetime.date.fromisoformat(t)

def main():
    d1 = datetime.date.fromisoformat(sys.argv[1] if len(sys.argv) > 1 else '2016-11-20')
    d2 = datetime.date.fromisoformat(sys.argv[2] if len(sys.argv) > 2 else '2016-12-23')
    rows = list(csv.DictReader(open('data/aleppo-2016/aleppo_control.csv', encoding='utf-8')))
    layer = {f['properties']['neighbor_2']: f['geometry'] for f in json.load(open('data/ocha/syr_neighborhoods.geojson', encoding='utf-8'))['features']}
    by_code = {}
    for r in rows:
        if r['neighbourhood_pcode']:
            by_code.setdefault(r['neighbourhood_pcode'], []).append(r)
    def on(rs, d):
        return {r['controller'] for r in rs if (earliest(r['from_date']) is None or earliest(r['from_date']) <= d)
                and (latest(r['to_date']) is None or d <= latest(r['to_date']))}
    gained, lost = {}, {}
    for code in sorted(by_code):
        b, a = on(by_code[code], d1), on(by_code[code], d2)
        if a == b: continue
        km2 = polygon_area(layer[code]) / 1e6
        print(f'{code}\t{km2:.6f}\t{sorted(b)} -> {sorted(a)}')
        if a and b:
            for c in a - b: gained[c] = gained.get(c, 0) + km2
            for c in b - a: lost[c] = lost.get(c, 0) + km2
    for c in sorted(set(gained) | set(lost)):
        print(f'{c}\tgained {gained.get(c, 0):.6f}\tlost {lost.get(c, 0):.6f}')

main()
