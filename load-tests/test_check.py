#!/usr/bin/env python3
"""Unit tests of the correctness check's comparison of committed and delivered replies.

Run: python3 load-tests/test_check.py (ci-smoke.sh runs it before the load).
"""
import unittest

from check import lcs, render, replies_check


def turn(sender, *texts):
    return {"sender": sender, "result": {"replies": [{"text": t, "options": []} for t in texts]}}


def sent(to, *texts):
    return [{"to": to, "text": t, "options": []} for t in texts]


class RepliesCheck(unittest.TestCase):
    def test_replies_delivered_once_in_order_pass(self):
        inbox = [turn("a", "hi"), turn("a", "which day?"), turn("b", "hi")]
        self.assertEqual(replies_check(inbox, sent("a", "hi", "which day?") + sent("b", "hi")), (0, 0, 0))

    def test_a_reply_delivered_twice_is_one_duplicate(self):
        inbox = [turn("a", "hi"), turn("a", "which day?")]
        self.assertEqual(replies_check(inbox, sent("a", "hi", "which day?", "which day?")), (1, 0, 0))

    def test_a_repeated_question_asked_twice_by_two_turns_is_no_duplicate(self):
        inbox = [turn("a", "which time?"), turn("a", "which time?")]
        self.assertEqual(replies_check(inbox, sent("a", "which time?", "which time?")), (0, 0, 0))

    def test_a_committed_reply_never_delivered_is_missing(self):
        inbox = [turn("a", "hi"), turn("a", "which day?")]
        self.assertEqual(replies_check(inbox, sent("a", "hi")), (0, 1, 0))

    def test_a_reply_nobody_committed_counts_as_a_duplicate(self):
        self.assertEqual(replies_check([turn("a", "hi")], sent("a", "hi", "booked!")), (1, 0, 0))

    def test_swapped_replies_are_out_of_order(self):
        inbox = [turn("a", "hi"), turn("a", "which day?"), turn("a", "which time?")]
        self.assertEqual(replies_check(inbox, sent("a", "which day?", "hi", "which time?")), (0, 0, 1))

    def test_options_are_part_of_a_reply(self):
        inbox = [{"sender": "a", "result": {"replies": [{"text": "day?", "options": ["Today", "Friday"]}]}}]
        delivered = [{"to": "a", "text": "day?", "options": ["Today", "Saturday"]}]
        self.assertEqual(replies_check(inbox, delivered), (1, 1, 0))

    def test_rendering_numbers_the_options(self):
        self.assertEqual(render("Which day?", ["Today", "Friday"]), "Which day?\n1. Today\n2. Friday")

    def test_longest_common_subsequence(self):
        self.assertEqual(lcs(list("abcd"), list("acbd")), 3)


if __name__ == "__main__":
    unittest.main()
