#!/usr/bin/env python3
"""Correctness check after a load run: Postgres and the fake platform's record against the journal.

Usage: check.py --db postgres://postgres@127.0.0.1:5432/DB --fake http://127.0.0.1:PORT
                --journal target/run/journal.jsonl [--drain-seconds 120] [--self-test]

Waits until the inbox and the outbox have drained, then asserts (one line, non-zero exit on any
failure):
  - every message the load generator saw acknowledged has exactly one turn (its inbox row is done
    and it is stored once in messages);
  - every reply a turn committed reached the platform exactly once (no duplicate, none missing);
  - each customer received the replies in the order of the messages they answer;
  - no two confirmed bookings of one staff member overlap;
  - every confirmation turn either made exactly one booking and says its time, or made none and
    offers other times ("that time is gone"); a yes to a move moved the booking and says its new
    time (or offers others), a yes to a cancellation cancelled it and says which; and every
    booking made, moved or cancelled was confirmed so to its customer;
  - no customer stuck: every conversation ended in an outcome the script understood, with a reply
    to every message; and every outcome agrees with the customer's bookings (booked, listed:
    one confirmed; moved: one confirmed and moved; cancelled: one cancelled; gone, asked: none). A customer told that no time is free leaves politely ("full"); that is no
    failure, but the day they were last answered about must really have offered no time.

--self-test first records an extra copy of one delivered reply in the fake platform, so the check
must report one duplicate and fail: it proves the check can fail.
ADR 0016 explains how replies are correlated.
"""
import argparse
import json
import re
import subprocess
import sys
import time
import urllib.request


def sql(db, query):
    """Runs a query that returns one JSON value, through psql (no driver needed). The query goes
    on stdin: with thousands of senders it is longer than one command-line argument may be."""
    out = subprocess.run(["psql", db, "-XAtq", "-v", "ON_ERROR_STOP=1", "-f", "-"], input=query,
                         check=True, capture_output=True, text=True).stdout.strip()
    return json.loads(out) if out else None


def http_json(url, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)


def render(text, options):
    """A reply as the customer reads it: the text, then the options as a numbered list."""
    return text + "".join(f"\n{i + 1}. {o}" for i, o in enumerate(options or []))


def drain(db, fake, seconds):
    """Waits until no acknowledged message waits for its turn and every reply has been sent."""
    deadline = time.monotonic() + seconds
    while True:
        state = sql(db, """select json_build_object(
            'received', (select count(*) from inbox where status = 'received'),
            'pending', (select count(*) from outbox where status = 'pending'),
            'sent', (select count(*) from outbox where status = 'sent'))""")
        recorded = http_json(f"{fake}/sent/stats")["recorded"]
        if state["received"] == 0 and state["pending"] == 0 and recorded >= state["sent"]:
            return True
        if time.monotonic() > deadline:
            print(f"check: gave up waiting after {seconds}s: {state['received']} messages without a turn, "
                  f"{state['pending']} replies unsent", file=sys.stderr)
            return False
        time.sleep(1)


def read_journal(path):
    acked, outcomes = [], {}
    with open(path) as f:
        for line in f:
            e = json.loads(line)
            if e["event"] == "acked":
                acked.append(e)
            elif e["event"] == "outcome":
                outcomes[e["user"]] = e["outcome"]
    return acked, outcomes


def lcs(a, b):
    """Length of the longest common subsequence: the replies that arrived in the right order."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def replies_check(inbox, sent):
    """Per conversation: the replies its turns committed, in message order, against the record."""
    expected = {}
    for row in inbox:  # ordered by conversation, sent_at, id: the order the customer wrote
        for r in (row["result"] or {}).get("replies", []):
            expected.setdefault(row["sender"], []).append(render(r["text"], r.get("options")))
    actual, received_at = {}, {}
    for m in sent:
        actual.setdefault(m["to"], []).append(render(m["text"], m.get("options")))
        received_at.setdefault(m["to"], []).append(m.get("at"))
    duplicate = missing = out_of_order = shown = 0
    for user in sorted(set(expected) | set(actual)):
        e, a = expected.get(user, []), actual.get(user, [])
        extra = 0
        for text in set(a):
            extra += max(0, a.count(text) - e.count(text))
            missing += max(0, e.count(text) - a.count(text))
        for text in set(e) - set(a):
            missing += e.count(text)
        duplicate += extra
        # Without the extras, the delivered replies must be the committed ones in the same order.
        budget = {t: e.count(t) for t in set(e)}
        kept = []
        for text in a:
            if budget.get(text, 0) > 0:
                budget[text] -= 1
                kept.append(text)
        wrong = len(kept) - lcs(kept, e)
        out_of_order += wrong
        if (extra or wrong or len(kept) < len(e)) and shown < 5:
            shown += 1
            print(f"check: {user}: committed {[t.splitlines()[0][:40] for t in e]}\n"
                  f"check: {user}: delivered {[t.splitlines()[0][:40] for t in a]}\n"
                  f"check: {user}: received at {received_at.get(user, [])} (epoch ms)", file=sys.stderr)
    return duplicate, missing, out_of_order


CONFIRM_STEPS = ("confirm", "move_confirm", "cancel_confirm")
CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
YES = {"yes", "ja", "sí"}


def day_options(acked, by_id):
    """Per customer, the options the bot offered when it asked for the day (after the service, or
    after "move my appointment"), so a confirmation answered with days can be told apart."""
    days = {}
    for e in acked:
        if e["step"] in ("service", "move"):
            replies = ((by_id.get(e["id"]) or {}).get("result") or {}).get("replies", [])
            days.setdefault(e["user"], set()).update(
                o for r in replies for o in r.get("options", []) if not CLOCK_TIME.search(o))
    return days


def confirmations_check(db, acked, days):
    """Every yes to a booking, a move or a cancellation against what it did to the bookings."""
    steps = {e["id"]: e["step"] for e in acked if e["step"] in CONFIRM_STEPS}
    senders = sorted({e["user"] for e in acked if e["step"] in CONFIRM_STEPS})
    # Per turn, the run's bookings its customer made, moved or cancelled while it ran ("at": the
    # booking's start now, in the business's time zone).
    def changed(column):
        return f"""(select coalesce(json_agg(json_build_object(
            'at', b.at, 'movedLater', b.rescheduled_at > c.processed_at)), '[]')
          from b where b.sender = c.sender_id and b.{column} between c.received_at and c.processed_at)"""
    rows = sql(db, f"""
        with c as (
          select i.platform_message_id as id, i.sender_id, i.received_at, i.processed_at, i.result
          from inbox i where i.platform = 'whatsapp'
            and i.platform_message_id = any({array(list(steps))})),
        b as (
          select b.created_at, b.rescheduled_at, b.cancelled_at, cu.platform_user_id as sender,
                 to_char(b.starts_at at time zone biz.time_zone, 'HH24:MI') as at
          from bookings b join customers cu on cu.id = b.customer_id
          join businesses biz on biz.id = b.business_id
          where cu.platform = 'whatsapp' and cu.platform_user_id = any({array(senders)}))
        select coalesce(json_agg(json_build_object('id', c.id, 'sender', c.sender_id, 'result', c.result,
          'made', {changed("created_at")}, 'moved', {changed("rescheduled_at")},
          'cancelled', {changed("cancelled_at")})), '[]')
        from c""")
    counts = {k: 0 for k in ("confirm", "booked", "gone", "move_confirm", "moved", "move_gone",
                             "cancel_confirm", "cancelled", "unmatched")}
    for row in rows:
        step = steps[row["id"]]
        counts[step] += 1
        verdict = classify(step, row, days.get(row["sender"], set()))
        counts[verdict] += 1
        if verdict == "unmatched":
            print(f"check: {step} {row['id']} unmatched: {row}", file=sys.stderr)
    counts["unmatched"] += len(steps) - len(rows)
    return counts


def classify(step, row, days=frozenset()):
    """What one confirmation turn did: its reply must say what happened to the bookings.

    A yes to a booking made exactly one booking and states its time, or made none and offers other
    times (that time is gone), or other days when no time is free (any of the options the customer
    was offered for the day: `days`), or the same time with whoever is free then, asked again with
    yes or no (the staff member of the recap was taken meanwhile); a yes to a move moved the customer's booking and states its
    new time, or moved nothing and offers other times or days; a yes to a cancellation cancelled
    exactly one booking and states its time. A booking moved later states its first time no more:
    its time is held to the move's reply instead.
    """
    replies = (row["result"] or {}).get("replies", [])
    text = " ".join(r["text"] for r in replies)
    offers = [o for r in replies for o in r.get("options", [])]
    asked_again = bool(CLOCK_TIME.search(text)) and any(o.lower() in YES for o in offers)
    way_on = asked_again or any(CLOCK_TIME.search(o) or o in days for o in offers)
    made, moved, cancelled = row["made"], row["moved"], row["cancelled"]
    if step == "confirm" and not moved and not cancelled:
        if len(made) == 1 and (made[0]["movedLater"] or made[0]["at"] in text):
            return "booked"
        if not made and way_on:
            return "gone"
    if step == "move_confirm" and not made and not cancelled:
        if len(moved) == 1 and moved[0]["at"] in text:
            return "moved"
        if not moved and way_on:
            return "move_gone"
    if step == "cancel_confirm" and not made and not moved:
        if len(cancelled) == 1 and cancelled[0]["at"] in text:
            return "cancelled"
    return "unmatched"


def never_confirmed(db, users, c):
    """Bookings made, moved or cancelled that no confirmation turn of their customer accounts for."""
    rows = sql(db, f"""select json_build_object(
          'confirmed', count(*) filter (where b.status = 'confirmed'),
          'cancelled', count(*) filter (where b.status = 'cancelled'),
          'moved', count(*) filter (where b.rescheduled_at is not null))
        from bookings b join customers cu on cu.id = b.customer_id
        where cu.platform = 'whatsapp' and cu.platform_user_id = any({array(users)})""")
    return unaccounted(rows, c)


def unaccounted(rows, c):
    """Bookings in Postgres (confirmed, cancelled, moved) beyond what confirmation turns did."""
    return (max(0, rows["confirmed"] - (c["booked"] - c["cancelled"]))
            + max(0, rows["cancelled"] - c["cancelled"]) + max(0, rows["moved"] - c["moved"]))


def bookings_by_customer(db, users):
    """Per customer of the run: how many of their bookings are confirmed, cancelled, moved."""
    return sql(db, f"""select coalesce(json_object_agg(sender, json_build_object(
          'confirmed', confirmed, 'cancelled', cancelled, 'moved', moved)), '{{}}') from (
          select cu.platform_user_id as sender,
                 count(*) filter (where b.status = 'confirmed') as confirmed,
                 count(*) filter (where b.status = 'cancelled') as cancelled,
                 count(*) filter (where b.rescheduled_at is not null) as moved
          from bookings b join customers cu on cu.id = b.customer_id
          where cu.platform = 'whatsapp' and cu.platform_user_id = any({array(users)})
          group by 1) t""")


# What each outcome leaves in the bookings table (confirmed, cancelled, moved): a customer books
# at most once, and only a "Booked!" is a booking.
OUTCOME_BOOKINGS = {"booked": (1, 0, 0), "listed": (1, 0, 0), "moved": (1, 0, 1),
                    "cancelled": (0, 1, 0), "gone": (0, 0, 0), "asked": (0, 0, 0)}


def outcomes_at_odds(acked, outcomes, bookings):
    """Customers whose outcome the bookings table contradicts: "booked" without a booking (a
    question taken for a confirmation), "gone" with one, and so on. A customer who was moving
    their booking and left told nothing is free ("full") or whose new times all went ("gone")
    still holds it. Stuck customers are counted as stuck, not here."""
    moving = {e["user"] for e in acked if e["step"] == "move"}
    at_odds = []
    for user, outcome in sorted(outcomes.items()):
        want = OUTCOME_BOOKINGS.get(outcome)
        if outcome in ("full", "gone"):
            want = (1, 0, 0) if user in moving else (0, 0, 0)
        if want is None:
            continue
        b = bookings.get(user) or {}
        have = (b.get("confirmed", 0), b.get("cancelled", 0), b.get("moved", 0))
        if have != want:
            at_odds.append(user)
            print(f"check: {user}: outcome {outcome}, but bookings (confirmed, cancelled, moved) "
                  f"{have}", file=sys.stderr)
    return len(at_odds)


STUCK = ("stuck", "unanswered")


def outcomes_check(acked, by_id, outcomes):
    """Customers stuck, and customers who left told that nothing is free.

    Stuck: the script could not make sense of the bot's replies, a message was refused on every
    try or its reply never came ("unanswered"), or a customer the app acknowledged never finished
    (no outcome at all). Told nothing is free ("full"): the bot answered a day, a time or a yes with
    days again, no time to choose, so the customer said "never mind", got an answer and left; that
    is no failure, but each one is held to its record: the goodbye must be the customer's last
    message and the turn before it must have committed options and no clock time among them.
    """
    users = {e["user"] for e in acked}
    stuck = sum(1 for o in outcomes.values() if o in STUCK) + len(users - set(outcomes))
    full = offered = 0
    for user, outcome in outcomes.items():
        if outcome != "full":
            continue
        full += 1
        mine = [e for e in acked if e["user"] == user]
        steps = [e["step"] for e in mine]
        told = len(steps) >= 2 and steps[-1] == "leave"
        replies = ((by_id.get(mine[-2]["id"], {}) if told else {}).get("result") or {}).get("replies", [])
        options = [o for r in replies for o in r.get("options", [])]
        if not options or any(CLOCK_TIME.search(o) for o in options):
            offered += 1
            print(f"check: {user} left as if told nothing is free, but: steps {steps}, the replies "
                  f"before the goodbye {replies}", file=sys.stderr)
    return stuck, full, offered


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--fake", required=True)
    p.add_argument("--journal", required=True)
    p.add_argument("--drain-seconds", type=int, default=120)
    p.add_argument("--self-test", action="store_true")
    args = p.parse_args()

    drained = drain(args.db, args.fake, args.drain_seconds)
    acked, outcomes = read_journal(args.journal)
    users = sorted({e["user"] for e in acked})
    if args.self_test and not inject_duplicate(args.fake, users):
        return 0
    inbox = sql(args.db, f"""select coalesce(json_agg(json_build_object(
          'id', platform_message_id, 'sender', sender_id, 'status', status, 'result', result,
          'sentAt', sent_at, 'receivedAt', received_at, 'processedAt', processed_at)
          order by conversation_key, sent_at, id), '[]')
        from inbox where platform = 'whatsapp' and sender_id = any({array(users)})""")
    turns = sql(args.db, """select coalesce(json_object_agg(platform_message_id, n), '{}') from (
          select platform_message_id, count(*) as n from messages
          where direction = 'in' and platform_message_id is not null group by 1) t""")
    by_id = {row["id"]: row for row in inbox}
    sent = [m for m in http_json(f"{args.fake}/sent/all") if m["to"] in set(users)]
    c = confirmations_check(args.db, acked, day_options(acked, by_id))
    stuck, full, full_offered = outcomes_check(acked, by_id, outcomes)
    counts = {
        "without_turn": sum(1 for e in acked if by_id.get(e["id"], {}).get("status") != "done"
                            or turns.get(e["id"], 0) == 0),
        "turned_twice": sum(1 for n in turns.values() if n > 1),
        **dict(zip(("duplicate", "missing", "out_of_order"),
                   replies_check([r for r in inbox if r["status"] == "done"], sent))),
        "overlapping": sql(args.db, """select count(*) from bookings a join bookings b
          on a.resource_id = b.resource_id and a.id < b.id and a.during && b.during
          where a.status = 'confirmed' and b.status = 'confirmed'"""),
        "unmatched": c["unmatched"],
        "unconfirmed": never_confirmed(args.db, users, c),
        "stuck": stuck,
        "at_odds": outcomes_at_odds(acked, outcomes, bookings_by_customer(args.db, users)),
        "full_offered": full_offered,
        "undrained": 0 if drained else 1,
    }
    print_latencies(acked, sent, inbox, outcomes)
    verdict = "OK" if sum(counts.values()) == 0 else "FAILED"
    print(f"correctness: {len(acked)} acked, {counts['without_turn']} without a turn, "
          f"{counts['turned_twice']} turned twice, {counts['duplicate']} duplicate replies, "
          f"{counts['missing']} replies missing, {counts['out_of_order']} out of order, "
          f"{counts['overlapping']} overlapping bookings, {c['confirm']} confirmations ({c['booked']} booked, "
          f"{c['gone']} gone), {c['move_confirm']} moves ({c['moved']} moved, {c['move_gone']} gone), "
          f"{c['cancel_confirm']} cancellations ({c['cancelled']} cancelled), {c['unmatched']} unmatched, "
          f"{counts['unconfirmed']} bookings never confirmed, {stuck} stuck, "
          f"{counts['at_odds']} outcomes at odds with the bookings, "
          f"{full} told nothing is free ({full_offered} of them offered a time): {verdict}")
    return 0 if verdict == "OK" else 1


def inject_duplicate(fake, users):
    """The self-test: records a second copy of one reply the run's customers received."""
    delivered = [m for m in http_json(f"{fake}/sent/all") if m["to"] in set(users)]
    if not delivered:
        print("check: self-test found no reply to copy", file=sys.stderr)
        return False
    victim = delivered[len(delivered) // 2]
    http_json(f"{fake}/sent/inject", {"to": victim["to"], "text": victim["text"], "options": victim["options"]})
    print(f"check: self-test recorded a second copy of a reply to {victim['to']}")
    return True


def print_latencies(acked, sent, inbox, outcomes):
    by_step = reply_latencies(acked, sent)
    for step, values in by_step.items():
        print(f"reply latency {step:>9}: n {len(values):5}, p50 {pct(values, 50)} ms, "
              f"p95 {pct(values, 95)} ms, p99 {pct(values, 99)} ms, max {values[-1]} ms")
    latencies = sorted(v for values in by_step.values() for v in values)
    span = turn_span(inbox)
    done = sum(1 for r in inbox if r["status"] == "done")
    print(f"turns: {done} in {span:.1f} s = {done / span if span else 0:.1f}/s; reply latency "
          f"p50 {pct(latencies, 50)} ms, p95 {pct(latencies, 95)} ms, p99 {pct(latencies, 99)} ms; "
          f"outcomes {summary(outcomes)}")


def array(values):
    """A SQL text array literal."""
    return "array[" + (",".join(quote(v) for v in values) or "''") + "]::text[]"


def reply_latencies(acked, sent):
    """Per step, milliseconds from sending each acknowledged message to the customer's next reply
    (the fake platform's clock and the load generator's are the same machine's)."""
    by_user = {}
    for m in sent:
        by_user.setdefault(m["to"], []).append(m["at"])
    out = {}
    for e in acked:
        nxt = [at for at in by_user.get(e["user"], []) if at >= e["sentAt"]]
        if nxt:
            out.setdefault(e["step"], []).append(min(nxt) - e["sentAt"])
    return {step: sorted(v) for step, v in out.items()}


def turn_span(inbox):
    """Seconds from the first message received to the last turn done."""
    from datetime import datetime
    done = [r for r in inbox if r["processedAt"]]
    if not done:
        return 0.0
    first = min(datetime.fromisoformat(r["receivedAt"]) for r in inbox)
    last = max(datetime.fromisoformat(r["processedAt"]) for r in done)
    return (last - first).total_seconds()


def pct(values, p):
    if not values:
        return "-"
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def summary(outcomes):
    counts = {}
    for o in outcomes.values():
        counts[o] = counts.get(o, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"


if __name__ == "__main__":
    sys.exit(main())
