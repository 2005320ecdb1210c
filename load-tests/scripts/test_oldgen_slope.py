#!/usr/bin/env python3
"""Unit tests of oldgen_slope.py's GC-log reading and slope. Run: python3 load-tests/scripts/test_oldgen_slope.py"""
import unittest

from oldgen_slope import parse, slope_per_minute, summary

HEADER = "[2026-11-26T01:00:00.000+0000][0.016s] Heap Region Size: 2M\n"


def young(gc, minute, old, humongous=0):
    t = f"[2026-11-26T01:{minute:02d}:00.000+0000][1.0s]"
    return [
        f"{t} GC({gc}) Pause Young (Normal) (G1 Evacuation Pause)",
        f"{t} GC({gc}) Eden regions: 14->0(40)",
        f"{t} GC({gc}) Old regions: 1->{old}",
        f"{t} GC({gc}) Humongous regions: 0->{humongous}",
        f"{t} GC({gc}) Pause Young (Normal) (G1 Evacuation Pause) 99M->50M(512M) 3.1ms",
    ]


def full(gc, minute, old_regions, used):
    t = f"[2026-11-26T01:{minute:02d}:30.000+0000][1.0s]"
    return [
        f"{t} GC({gc}) Pause Full (System.gc())",
        f"{t} GC({gc}) Old regions: 40->{old_regions}",
        f"{t} GC({gc}) Humongous regions: 0->0",
        f"{t} GC({gc}) Pause Full (System.gc()) 120M->{used}M(512M) 80.2ms",
    ]


class Parse(unittest.TestCase):
    def test_old_gen_is_old_plus_humongous_regions_times_the_region_size(self):
        points = parse([HEADER] + young(0, 1, old=10, humongous=2))
        self.assertEqual([(p[1], p[2]) for p in points], [(24.0, False)])

    def test_a_full_gc_reports_the_heap_used_after_it_to_the_megabyte(self):
        points = parse([HEADER] + full(0, 1, old_regions=30, used=41))
        self.assertEqual([(p[1], p[2]) for p in points], [(41, True)])

    def test_the_heap_after_a_full_gc_is_read_to_the_kilobyte_when_gc_heap_debug_is_on(self):
        t = "[2026-11-26T01:02:30.000+0000][1.0s]"
        lines = full(0, 1, old_regions=30, used=41)
        lines[1:1] = [
            f"{t} GC(0) Heap After GC invocations=2 (full 1):",
            f"{t} GC(0)  garbage-first heap   total reserved 524288K, committed 61440K, used 41472K [0x1, 0x2)",
        ]
        self.assertEqual([p[1] for p in parse([HEADER] + lines)], [40.5])

    def test_remark_and_cleanup_pauses_report_no_occupancy(self):
        t = "[2026-11-26T01:02:00.000+0000][1.0s]"
        lines = [HEADER, f"{t} GC(3) Pause Remark 80M->80M(512M) 2.0ms"]
        self.assertEqual(parse(lines), [])

    def test_serial_collector_tenured_line_is_read_in_kilobytes(self):
        t = "[2026-11-26T01:02:00.000+0000][1.0s]"
        lines = [f"{t} GC(4) DefNew: 1000K->0K(2000K)", f"{t} GC(4) Tenured: 1024K->3072K(9000K)"]
        self.assertEqual([p[1] for p in parse(lines)], [3.0])


class Slope(unittest.TestCase):
    def test_one_megabyte_more_every_minute_is_a_slope_of_one(self):
        self.assertAlmostEqual(slope_per_minute([(0, 40), (60, 41), (120, 42), (180, 43)]), 1.0)

    def test_a_flat_sawtooth_has_no_slope(self):
        self.assertAlmostEqual(slope_per_minute([(0, 40), (60, 50), (120, 40), (180, 50), (240, 40)]), 0.0)

    def test_leak_shows_in_full_gcs_while_every_gc_includes_promotion(self):
        lines = [HEADER]
        for minute in range(5):
            lines += young(2 * minute, minute, old=20 + 5 * minute)
            lines += full(2 * minute + 1, minute, old_regions=20, used=40 + 2 * minute)
        line = summary("i1", parse(lines))
        self.assertIn("before 40.0 MB, after 48.0 MB, slope +2.00 MB/min (5 GCs)", line)
        self.assertIn("MB/min (10 GCs)", line)

    def test_the_warm_up_is_left_out_of_the_slope_but_not_out_of_before_and_after(self):
        lines = [HEADER] + full(0, 0, old_regions=20, used=30)
        for minute in range(1, 5):
            lines += full(minute, minute, old_regions=20, used=40)
        line = summary("i1", parse(lines), warmup=60)
        self.assertIn("before 30.0 MB, after 40.0 MB, slope +0.00 MB/min (4 GCs past the first 60 s)", line)

    def test_fewer_than_three_gcs_past_the_warm_up_print_no_slope_but_say_why(self):
        lines = [HEADER] + full(0, 0, old_regions=20, used=30) + full(1, 1, old_regions=20, used=34)
        line = summary("i1", parse(lines), warmup=60)
        self.assertIn("before 30.0 MB, after 34.0 MB, no slope: 1 GCs past the first 60 s, a trend "
                      "needs 3 or more", line)
        self.assertNotIn("MB/min", line)


if __name__ == "__main__":
    unittest.main()
