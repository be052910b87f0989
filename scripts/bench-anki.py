#!/usr/bin/env python3
"""Anki's own backend on the same volume as Pyprep's benchmark
(src-tauri/core/examples/benchmark.rs), for a side-by-side comparison.

Builds a collection of 10,000 notes (one card each) and 1,000,000 review-log
rows over ten years, with the same pseudo-random sequence (SplitMix64, seed
0x5eed) as the Rust example, so the cards end in the same states with the
same due days; FSRS is on, with 200 reviews and 10 new cards a day as in
Pyprep's defaults. Then it prints the median, min and max of many runs of:
getting today's queue (the next card and the counts), the same right after an
answer (Anki updates its queue in place), and searches.

Needs the `anki` package (pip install anki); run it with that interpreter:

    /path/to/venv/bin/python scripts/bench-anki.py
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time

from anki import buildinfo
from anki.collection import AddNoteRequest, Collection
from anki.scheduler.v3 import CardAnswer

QUESTIONS = 10_000
REVIEWS = 1_000_000
DAYS = 3650
RUNS = 15
WORDS = [
    "generator", "decorator", "context", "manager", "closure", "descriptor",
    "coroutine", "iterator", "metaclass", "dataclass", "protocol", "buffer",
    "pandas", "lambda", "partition", "schema",
]
MASK = (1 << 64) - 1


class Random:
    """SplitMix64, exactly as in benchmark.rs."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        return self.next() % n


def build(path: str) -> Collection:
    col = Collection(path)
    # Ten years of history need a collection created more than ten years ago.
    col.db.execute("UPDATE col SET crt = ?", int(time.time()) - (DAYS + 30) * 86_400)
    col.close()
    col = Collection(path)
    col.set_config("fsrs", True)
    deck_id = col.decks.id("Benchmark")
    conf = col.decks.config_dict_for_deck_id(deck_id)
    conf["new"]["perDay"] = 10
    conf["rev"]["perDay"] = 200
    col.decks.update_config(conf)
    col.decks.select(deck_id)

    random = Random(0x5EED)
    basic = col.models.by_name("Basic")
    requests = []
    for q in range(QUESTIONS):
        words = [WORDS[random.below(16)] for _ in range(12)]
        note = col.new_note(basic)
        note["Front"] = f"Question {q}: {' '.join(words[:5])}"
        note["Back"] = " ".join(words)
        requests.append(AddNoteRequest(note=note, deck_id=deck_id))
    col.add_notes(requests)
    card_ids = list(col.db.list("SELECT c.id FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id"))

    today = col.sched.today
    first_day = today - DAYS
    last_review: list[tuple[int, int] | None] = [None] * QUESTIONS
    per_day: dict[int, int] = {}
    rows = []
    day_start = col.sched.day_cutoff - 86_400  # seconds; start of today's study day
    for n in range(REVIEWS):
        day = first_day + n * DAYS // REVIEWS
        q = random.below(QUESTIONS)
        roll = random.below(100)
        grade = 1 if roll <= 9 else 2 if roll <= 24 else 3 if roll <= 89 else 4
        interval = 1 + random.below(120)
        previous = last_review[q]
        if previous is None:
            kind, last_ivl = 0, 0  # learning (new)
        elif random.below(10) == 0:
            kind, last_ivl = 2, previous[1]  # relearning
        else:
            kind, last_ivl = 1, previous[1]  # review
        duration = 5_000 + random.below(60_000)
        # Revlog ids are the answer's time in ms and must be unique.
        seq = per_day.get(day, 0)
        per_day[day] = seq + 1
        revlog_id = (day_start - (today - day) * 86_400) * 1000 + 60_000 + seq
        rows.append((revlog_id, card_ids[q], grade, interval, last_ivl, 0, duration, kind))
        last_review[q] = (day, interval)
    # One transaction: row by row, each insert would be its own commit.
    col.db.transact(
        lambda: col.db.executemany(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
            " VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    )
    cards = []
    for q, last in enumerate(last_review):
        if last is None:
            continue
        day, interval = last
        data = json.dumps({"s": float(interval), "d": 5.0, "lrt": day_start - (today - day) * 86_400})
        cards.append((day + interval, interval, data, card_ids[q]))
    col.db.transact(
        lambda: col.db.executemany(
            "UPDATE cards SET type = 2, queue = 2, due = ?, ivl = ?, factor = 2500, reps = 5, data = ? WHERE id = ?",
            cards,
        )
    )
    col.close()
    return Collection(path)


def report(label: str, times: list[float]) -> None:
    times.sort()
    ms = lambda s: f"{s * 1000:.3f} ms"  # noqa: E731
    print(f"{label:<52} {ms(statistics.median(times)):>10} {ms(times[0]):>10} {ms(times[-1]):>10}")


def timed(label: str, run, runs: int = RUNS) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    report(label, times)


def main() -> None:
    directory = tempfile.mkdtemp(prefix="bench-anki-")
    path = os.path.join(directory, "collection.anki2")
    started = time.perf_counter()
    col = build(path)
    print(
        f"built a collection of {QUESTIONS} notes and {REVIEWS} revlog rows over {DAYS} days"
        f" in {time.perf_counter() - started:.1f} s (Anki {buildinfo.version}, FSRS on)"
    )
    print(f"collection file: {os.path.getsize(path) / 1e6:.0f} MB")
    queued = col.sched.get_queued_cards(fetch_limit=1)
    print(
        f"today's queue: {queued.review_count} reviews, {queued.new_count} new,"
        f" {queued.learning_count} learning; next card's FSRS memory:"
        f" {queued.cards[0].card.memory_state.stability:.0f} days stability\n"
    )
    print(f"{'operation':<52} {'median':>10} {'min':>10} {'max':>10}")

    sched = col.sched
    timed("today's queue (counts + next card), kept", lambda: sched.get_queued_cards(fetch_limit=1))

    # The same after an answer: Anki takes the answered card off its kept queue.
    answer_times, next_times = [], []
    for _ in range(RUNS):
        queued = sched.get_queued_cards(fetch_limit=1)
        top = queued.cards[0]
        answer = CardAnswer(
            card_id=top.card.id,
            current_state=top.states.current,
            new_state=top.states.good,
            rating=CardAnswer.GOOD,
            answered_at_millis=int(time.time() * 1000),
            milliseconds_taken=20_000,
        )
        started = time.perf_counter()
        sched.answer_card(answer)
        answer_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        sched.get_queued_cards(fetch_limit=1)
        next_times.append(time.perf_counter() - started)
    report("answer one card", answer_times)
    report("today's queue right after an answer", next_times)

    # Anki rebuilds its queue from the database after most other changes (an
    # edit, an undo, suspending a card, a deck-options change): suspending and
    # unsuspending a card that is not in today's queue forces that each run.
    spare = col.db.scalar("SELECT id FROM cards WHERE due > ? ORDER BY due DESC LIMIT 1", sched.today)
    rebuild_times = []
    for _ in range(RUNS):
        sched.suspend_cards([spare])
        sched.unsuspend_cards([spare])
        started = time.perf_counter()
        sched.get_queued_cards(fetch_limit=1)
        rebuild_times.append(time.perf_counter() - started)
    report("today's queue rebuilt (after an edit/undo)", rebuild_times)

    timed('search "context manager" (find_cards)', lambda: col.find_cards("context manager"))
    timed(
        'search "context manager", sorted',
        lambda: col.find_cards("context manager", order=True),
    )
    col.load_browser_card_columns()

    def search_and_show() -> None:
        ids = col.find_cards("context manager", order=True)
        for card_id in ids[:20]:
            row, *_ = col.browser_row_for_id(card_id)
            list(row)

    timed('search "context manager", sorted + 20 rows shown', search_and_show)
    col.close()
    shutil.rmtree(directory)


if __name__ == "__main__":
    sys.exit(main())
