#!/usr/bin/env python3
"""Unit tests of the correctness check's comparison of committed and delivered replies.

Run: python3 load-tests/test_check.py (ci-smoke.sh runs it before the load).
"""
import unittest

from check import (classify, day_options, lcs, outcomes_at_odds, outcomes_check, render, replies_check,
                   unaccounted)


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


def reply(text, *options):
    return {"result": {"replies": [{"text": text, "options": list(options)}]}}


def confirmation(text, *options, made=(), moved=(), cancelled=()):
    row = reply(text, *options)
    row.update(made=[{"at": at, "movedLater": later} for at, later in made],
               moved=[{"at": at, "movedLater": False} for at in moved],
               cancelled=[{"at": at, "movedLater": False} for at in cancelled])
    return row


class Confirmations(unittest.TestCase):
    def test_a_booking_made_and_stated_is_booked(self):
        row = confirmation("Booked! Gel on Fri 27 Nov at 10:00.", made=[("10:00", False)])
        self.assertEqual(classify("confirm", row), "booked")

    def test_a_booking_whose_time_the_reply_does_not_state_is_unmatched(self):
        row = confirmation("Booked! Gel on Fri 27 Nov at 10:30.", made=[("10:00", False)])
        self.assertEqual(classify("confirm", row), "unmatched")

    def test_a_booking_moved_later_is_held_to_the_moves_reply_not_its_first_time(self):
        row = confirmation("Booked! Gel on Fri 27 Nov at 10:30.", made=[("12:00", True)])
        self.assertEqual(classify("confirm", row), "booked")

    def test_no_booking_with_other_times_offered_is_gone(self):
        row = confirmation("That time is gone.", "10:45", "11:30")
        self.assertEqual(classify("confirm", row), "gone")

    def test_no_booking_with_the_days_offered_again_is_gone(self):
        row = confirmation("Fully booked. Which other day?", "Today", "Monday")
        self.assertEqual(classify("confirm", row, {"Today", "Tomorrow", "Monday"}), "gone")

    def test_no_booking_with_a_question_that_offers_no_day_is_unmatched(self):
        row = confirmation("Shall I book it?", "Yes", "No")
        self.assertEqual(classify("confirm", row, {"Today", "Tomorrow", "Monday"}), "unmatched")

    def test_no_booking_and_the_same_time_with_someone_else_asked_again_is_gone(self):
        row = confirmation("Sorry, Marta was just taken at 09:00, but Anna is free then. Basic"
                           " Manicure on Fri 27 Nov at 09:00 with Anna for Rob. Shall I book it?",
                           "Yes", "No")
        self.assertEqual(classify("confirm", row), "gone")

    def test_no_booking_and_no_times_offered_is_unmatched(self):
        self.assertEqual(classify("confirm", confirmation("Booked!")), "unmatched")

    def test_two_bookings_from_one_yes_are_unmatched(self):
        row = confirmation("Booked! at 10:00", made=[("10:00", False), ("10:00", False)])
        self.assertEqual(classify("confirm", row), "unmatched")

    def test_a_move_that_moved_the_booking_and_states_its_new_time_is_moved(self):
        row = confirmation("Done! Your Pedicure is now on Mon 30 Nov at 11:00.", moved=["11:00"])
        self.assertEqual(classify("move_confirm", row), "moved")

    def test_a_move_that_made_a_new_booking_instead_is_unmatched(self):
        row = confirmation("Done! Now at 11:00.", made=[("11:00", False)])
        self.assertEqual(classify("move_confirm", row), "unmatched")

    def test_a_move_to_a_time_gone_meanwhile_offers_others(self):
        self.assertEqual(classify("move_confirm", confirmation("Gone.", "12:00")), "move_gone")
        self.assertEqual(classify("move_confirm", confirmation("Full.", "Monday"), {"Monday"}), "move_gone")

    def test_a_cancellation_that_cancelled_and_says_which_is_cancelled(self):
        row = confirmation("Cancelled your Gel on Fri 27 Nov at 10:00.", "Book an appointment",
                           cancelled=["10:00"])
        self.assertEqual(classify("cancel_confirm", row), "cancelled")

    def test_a_cancellation_that_cancelled_nothing_is_unmatched(self):
        row = confirmation("That appointment was already cancelled.", "Book an appointment")
        self.assertEqual(classify("cancel_confirm", row), "unmatched")

    def test_bookings_nobody_confirmed_are_counted(self):
        done = {"booked": 10, "cancelled": 2, "moved": 1}
        self.assertEqual(unaccounted({"confirmed": 8, "cancelled": 2, "moved": 1}, done), 0)
        self.assertEqual(unaccounted({"confirmed": 9, "cancelled": 2, "moved": 1}, done), 1)
        self.assertEqual(unaccounted({"confirmed": 8, "cancelled": 3, "moved": 1}, done), 1)
        self.assertEqual(unaccounted({"confirmed": 8, "cancelled": 2, "moved": 2}, done), 1)


def acked(user, *steps):
    return [{"user": user, "id": f"{user}.{i}", "step": step} for i, step in enumerate(steps)]


class Outcomes(unittest.TestCase):
    DAYS = reply("Fully booked, nothing free in the following 14 days. Which other day?", "Today", "Monday")
    TIMES = reply("Free times:", "09:00", "10:30")

    def test_a_customer_told_nothing_is_free_who_left_is_not_stuck(self):
        journal = acked("a", "greeting", "service", "day", "day", "leave")
        self.assertEqual(outcomes_check(journal, {"a.3": self.DAYS}, {"a": "full"}), (0, 1, 0))

    def test_a_time_answered_with_days_then_left_is_told_nothing_is_free(self):
        journal = acked("a", "greeting", "service", "day", "time", "leave")
        self.assertEqual(outcomes_check(journal, {"a.3": self.DAYS}, {"a": "full"}), (0, 1, 0))

    def test_leaving_as_full_after_times_were_offered_fails(self):
        journal = acked("a", "greeting", "service", "day", "day", "leave")
        self.assertEqual(outcomes_check(journal, {"a.3": self.TIMES}, {"a": "full"}), (0, 1, 1))

    def test_leaving_as_full_after_a_reply_without_options_fails(self):
        journal = acked("a", "greeting", "service", "day", "time", "leave")
        self.assertEqual(outcomes_check(journal, {"a.3": reply("Your name?")}, {"a": "full"}), (0, 1, 1))

    def test_leaving_as_full_with_the_goodbye_not_last_fails(self):
        journal = acked("a", "greeting", "service", "day", "day")
        self.assertEqual(outcomes_check(journal, {"a.3": self.DAYS}, {"a": "full"}), (0, 1, 1))

    def test_the_days_a_customer_was_offered_are_those_after_the_service_and_the_move(self):
        journal = acked("a", "greeting", "service", "day", "time", "name", "confirm", "move")
        by_id = {"a.1": reply("Which day?", "Today", "Monday"), "a.2": self.TIMES,
                 "a.6": reply("Move to which day?", "Tomorrow")}
        self.assertEqual(day_options(journal, by_id), {"a": {"Today", "Monday", "Tomorrow"}})

    def test_a_customer_whose_message_got_no_reply_is_stuck(self):
        journal = acked("a", "greeting", "service")
        self.assertEqual(outcomes_check(journal, {}, {"a": "unanswered"}), (1, 0, 0))

    def test_a_customer_the_app_acknowledged_who_never_finished_is_stuck(self):
        self.assertEqual(outcomes_check(acked("a", "greeting"), {}, {}), (1, 0, 0))

    def test_a_script_that_made_no_sense_of_a_reply_is_stuck(self):
        journal = acked("a", "greeting") + acked("b", "greeting")
        self.assertEqual(outcomes_check(journal, {}, {"a": "stuck", "b": "booked"}), (1, 0, 0))


def held(confirmed=0, cancelled=0, moved=0):
    return {"confirmed": confirmed, "cancelled": cancelled, "moved": moved}


class OutcomesAgainstBookings(unittest.TestCase):
    BOOKER = acked("a", "greeting", "service", "day", "time", "name", "confirm", "confirm")
    MOVER = acked("m", "greeting", "service", "day", "time", "name", "confirm", "move", "day", "time",
                  "move_confirm")

    def test_booked_with_one_confirmed_booking_agrees(self):
        self.assertEqual(outcomes_at_odds(self.BOOKER, {"a": "booked"}, {"a": held(confirmed=1)}), 0)

    def test_booked_without_a_booking_is_at_odds(self):
        # The customer took "Anna was just taken …, but Marta is free then. Shall I book it?" for a
        # booking: the check's confirmations say gone, the outcome must not say booked.
        self.assertEqual(outcomes_at_odds(self.BOOKER, {"a": "booked"}, {}), 1)

    def test_gone_with_a_booking_is_at_odds(self):
        self.assertEqual(outcomes_at_odds(self.BOOKER, {"a": "gone"}, {"a": held(confirmed=1)}), 1)
        self.assertEqual(outcomes_at_odds(self.BOOKER, {"a": "gone"}, {}), 0)

    def test_listed_cancelled_moved_and_asked_hold_what_they_say(self):
        self.assertEqual(outcomes_at_odds([], {"a": "listed"}, {"a": held(confirmed=1)}), 0)
        self.assertEqual(outcomes_at_odds([], {"a": "cancelled"}, {"a": held(cancelled=1)}), 0)
        self.assertEqual(outcomes_at_odds([], {"a": "cancelled"}, {"a": held(confirmed=1)}), 1)
        self.assertEqual(outcomes_at_odds(self.MOVER, {"m": "moved"}, {"m": held(confirmed=1, moved=1)}), 0)
        self.assertEqual(outcomes_at_odds(self.MOVER, {"m": "moved"}, {"m": held(confirmed=1)}), 1)
        self.assertEqual(outcomes_at_odds([], {"q": "asked"}, {}), 0)

    def test_a_move_that_found_no_time_keeps_the_booking(self):
        self.assertEqual(outcomes_at_odds(self.MOVER, {"m": "full"}, {"m": held(confirmed=1)}), 0)
        self.assertEqual(outcomes_at_odds(self.MOVER, {"m": "gone"}, {"m": held(confirmed=1)}), 0)
        self.assertEqual(outcomes_at_odds(self.BOOKER, {"a": "full"}, {"a": held(confirmed=1)}), 1)

    def test_stuck_customers_are_not_held_to_bookings(self):
        self.assertEqual(outcomes_at_odds(self.BOOKER, {"a": "stuck", "b": "unanswered"},
                                          {"a": held(confirmed=1)}), 0)


if __name__ == "__main__":
    unittest.main()
