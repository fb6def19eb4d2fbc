"""The notation of the analyzer's hand-written data scripts (scripts/train_set.py,
scripts/train_set_more.py, scripts/train_set_batch6.py, scripts/train_set_batch7.py,
scripts/train_set_batch8.py),
and the checks they run on the files they write:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. Each block has a
language and a speaker."""
import collections, json, pathlib

S = {"P": "price_objection", "B": "budget", "C": "competitor", "U": "urgency",
     "D": "decision_maker", "X": "confusion", "I": "strong_interest", "H": "hesitation",
     "F": "frustration", "R": "closing_readiness"}
SENT = {"-": "negative", "0": "neutral", "+": "positive"}
DATA = pathlib.Path(__file__).resolve().parent.parent / "tests/data"
KEYS = ["text", "speaker", "sentiment", "emotion", "lang", "expected"]


def parse(block, lang, speaker):
    rows = []
    for line in block.strip().splitlines():
        head, text = line.split(" | ", 1)
        labels, sentiment, emotion = head.split()
        assert labels == "0" or all(c in S for c in labels), line
        expected = [] if labels == "0" else [S[c] for c in labels]
        rows.append({"text": text, "speaker": speaker, "sentiment": SENT[sentiment],
                     "emotion": emotion, "lang": lang, "expected": expected})
    return rows


def rows_of(blocks):
    return [r for block, lang, speaker in blocks for r in parse(block, lang, speaker)]


def norm(text):
    return " ".join(text.lower().split())


def check_row(name, n, r):
    assert list(r) == KEYS, (name, n, list(r))
    assert r["speaker"] in ("client", "agent") and r["lang"] in ("en", "fr")
    assert r["sentiment"] in SENT.values() and r["emotion"].isalpha()
    assert isinstance(r["text"], str) and r["text"].strip()
    assert " | " not in r["text"], (name, n, r["text"])
    assert len(set(r["expected"])) == len(r["expected"])
    assert all(s in S.values() for s in r["expected"]), (name, n)


def check(files, refs):
    """Checks the written `files` (keys, values, no text twice in them or in
    `refs`) and prints their counts per signal and language."""
    seen, dups = {}, []
    for ref in refs:
        for line in (DATA / ref).read_text().splitlines():
            seen[norm(json.loads(line)["text"])] = ref
    for name in files:
        counts = collections.Counter()
        per_lang = collections.Counter()
        for n, line in enumerate((DATA / name).read_text().splitlines(), 1):
            r = json.loads(line)
            check_row(name, n, r)
            key = norm(r["text"])
            if key in seen:
                dups.append((name, n, r["text"], seen[key]))
            seen[key] = name
            counts.update(r["expected"] or ["(none)"])
            per_lang.update((s, r["lang"]) for s in r["expected"] or ["(none)"])
            counts["multi"] += len(r["expected"]) > 1
            counts["speaker:" + r["speaker"]] += 1
            counts["lang:" + r["lang"]] += 1
        print(f"{name}: {n} lines, {counts['multi']} multi-label")
        for s in list(S.values()) + ["(none)"]:
            print(f"  {s:18} {counts[s]:4}   en {per_lang[(s, 'en')]:3}  fr {per_lang[(s, 'fr')]:3}")
        print("  " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items()) if ":" in k))
    for d in dups:
        print("DUPLICATE", d)
    assert not dups, f"{len(dups)} duplicate texts"


def write_and_check(files, refs):
    """Writes `files` (name: rows) under tests/data, then checks them."""
    for name, rows in files.items():
        (DATA / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    check(files, refs)


# Read only to leave their lines out of training data written by several hands
# (batch 12 drafted two short generic lines of theirs); nothing of them is printed.
HELD_OUT = ("analyzer_holdout.jsonl", "analyzer_callspeech.jsonl",
            "analyzer_callspeech_holdout2.jsonl")


def unseen(rows, refs):
    """The rows whose text no set of `refs` nor any held-out set holds and no
    earlier row repeats: writers working apart draft a few short generic lines
    (a thank-you, a VAT question, the guide's own examples) twice or as an
    earlier set's. Prints how many were left out, never their text."""
    seen = {norm(json.loads(line)["text"]) for ref in tuple(refs) + HELD_OUT
            for line in (DATA / ref).read_text().splitlines() if line.strip()}
    kept = []
    for row in rows:
        if norm(row["text"]) not in seen:
            seen.add(norm(row["text"]))
            kept.append(row)
    print(f"{len(rows) - len(kept)} repeated lines left out")
    return kept
