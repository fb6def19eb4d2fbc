"""How far do two labellers agree on the analyzer's validation sets? A ceiling.

Issue 16 asks for precision >= 0.95 and recall >= 0.90 per signal against one
writer's labels. Each validation line was labelled by the helper who wrote it;
tests/data/analyzer_second_labels.tsv holds a second, blind labelling of the same
lines by helpers who saw only the text (with speaker, language, sentiment and
emotion) and docs/labelling.md, never the first labels, the cue lists, the
model or the detector's output. This script reports, per validation set and per
signal (precision / recall, the first labeller taken as the reference):

- second: the second labeller against the first (how far two careful readers
  agree: a detector judged against one of them is judged on that too);
- detector: the shipped detector (cues and model) against the first;
- det/second: the detector against the second labeller;
- det/agreed: the detector against the first, counted only on the lines where
  both labellers agree about that signal (the lines whose label is not in doubt);
- lenient: every disagreement settled in the detector's favour (a finding is
  right when either labeller gave it, a miss counts only when both gave it): the
  most any settling of the two labellings could give it;
- det/settled: the detector against the settled labels: the two labellings
  where they agree, and where they differ the labels an adjudicator chose
  (tests/data/analyzer_settled_labels.tsv), who saw the two answers unnamed and
  in random order, the guide with its decided cases, and neither the detector
  nor which labeller was which. Under each set, both labellers against them.

It never reads a held-out set. Not part of the build; from the repository root:

    cargo run --release --example train_analyzer -- --detections /tmp/detections.tsv
    python3 scripts/label_agreement.py /tmp/detections.tsv

SECOND_LABELS names another second labelling in the same format.
"""

import json
import os
import sys

SETS = {
    "valid1": "tests/data/analyzer_callspeech_valid.jsonl",
    "valid2": "tests/data/analyzer_callspeech_valid2.jsonl",
    "valid3": "tests/data/analyzer_callspeech_valid3.jsonl",
}
SECOND = os.environ.get("SECOND_LABELS", "tests/data/analyzer_second_labels.tsv")
SETTLED = os.environ.get("SETTLED_LABELS", "tests/data/analyzer_settled_labels.tsv")
SIGNALS = [
    "price_objection", "budget", "competitor", "urgency", "decision_maker",
    "confusion", "strong_interest", "hesitation", "frustration", "closing_readiness",
]


def read_tsv(path):
    """(set, index) -> set of signal ids, from `set<TAB>index<TAB>ids` lines."""
    found = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name, index, ids = line.rstrip("\n").split("\t")
            name = next((k for k, v in SETS.items() if v == name), name)
            found[(name, int(index))] = set(filter(None, ids.split(",")))
    return found


def first_labels(name):
    """(set, index) -> the writer's signal ids; and the keys of client turns."""
    with open(SETS[name], encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    labels = {(name, i): set(r["expected"]) for i, r in enumerate(rows)}
    clients = {(name, i) for i, r in enumerate(rows) if r["speaker"] == "client"}
    return labels, clients


class Counts:
    """True positives, false positives and false negatives."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, truth, found):
        self.tp += truth and found
        self.fp += found and not truth
        self.fn += truth and not found

    def __str__(self):
        p = self.tp / max(self.tp + self.fp, 1)
        r = self.tp / max(self.tp + self.fn, 1)
        return f"{p:.3f} / {r:.3f}"


COLUMNS = ["second", "detector", "det/second", "det/agreed", "lenient", "det/settled"]


def counts(keys, signals, labels, detector):
    """One row of the report: each column's counts over `keys` and `signals`;
    `labels` holds the first, second and settled labellings."""
    first, second, settled = labels
    row = {c: Counts() for c in COLUMNS + ["first/settled", "second/settled"]}
    for s in signals:
        for key in keys:
            a, b, d, e = (s in x.get(key, set()) for x in (first, second, detector, settled))
            row["det/settled"].add(e, d)
            row["first/settled"].add(e, a)
            row["second/settled"].add(e, b)
            row["second"].add(a, b)
            row["detector"].add(a, d)
            row["det/second"].add(b, d)
            if a == b:
                row["det/agreed"].add(a, d)
            if d or (a and b):
                row["lenient"].add(a or b, d)
    return row


def report(name, clients, labels, detector):
    first, second, _ = labels
    keys = sorted(first)
    print(f"\n{name} ({len(keys)} lines, {len(clients)} client turns)")
    print(f"{'signal':<18} {'n1':>4} {'n2':>4} " + " ".join(f"{c:>14}" for c in COLUMNS))
    rows = [(s, keys, [s]) for s in SIGNALS]
    rows += [("micro-average", keys, SIGNALS), ("client turns", sorted(clients), SIGNALS)]
    for label, over, signals in rows:
        row = counts(over, signals, labels, detector)
        n1 = sum(label in first[k] for k in keys) if label in SIGNALS else ""
        n2 = sum(label in second.get(k, set()) for k in keys) if label in SIGNALS else ""
        print(f"{label:<18} {n1:>4} {n2:>4} " + " ".join(f"{str(row[c]):>14}" for c in COLUMNS))
    for label, over in [("all turns", keys), ("client turns", sorted(clients))]:
        row = counts(over, SIGNALS, labels, detector)
        print(f"against the settled labels, {label}: first {row['first/settled']}, "
              f"second {row['second/settled']}, detector {row['det/settled']}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    detector = read_tsv(sys.argv[1])
    second, decided = read_tsv(SECOND), read_tsv(SETTLED)
    for name in SETS:
        first, clients = first_labels(name)
        missing = [k for k in first if k not in second]
        if missing:
            sys.exit(f"{SECOND} lacks {len(missing)} lines of {name}")
        undecided = [k for k in first if first[k] != second[k] and k not in decided]
        if undecided:
            sys.exit(f"{SETTLED} lacks {len(undecided)} disagreements of {name}")
        settled = {k: decided.get(k, v) for k, v in first.items()}
        report(name, clients, (first, second, settled), detector)
    print(f"\nfrom {os.path.basename(sys.argv[1])}, {SECOND} and {SETTLED}")


if __name__ == "__main__":
    main()
