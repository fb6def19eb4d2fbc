"""Writes batch 13, written as the analyzer's call-speech training data and kept as
its fourth validation set: tests/data/analyzer_callspeech_valid4.jsonl (trained
on, it made the other validation sets no better; docs/analyzer-history.md, "Batch 13"),
from the blocks of
scripts/train_set_batch13a.py to train_set_batch13h.py, each written by its own
helper in situations none of batches 7 to 12 used (a: medical labs, clinics,
home care, medical equipment, health insurers, hearing and mobility aids; b:
builders' merchants, plumbing and heating, surveyors, developers, landscapers,
insulation installers; c: car leasing, fleets, roadside assistance, parts,
motorcycle dealers, EV charging; d: ticketing, streaming support, publishers,
newspaper subscriptions, game studios, season-ticket offices; e: farm
cooperatives, food wholesale, breweries, catering supply, veg boxes, seed
wholesale; f: small-business banking, credit unions, wealth managers, payroll
bureaus, crowdfunding, equipment leasing; g: airport services, rail group
travel, bike share, school transport, relocation, travel-insurance claims; h:
unions, professional associations, alumni offices, sports federations, churches,
fundraising agencies).

The helpers followed docs/labelling.md with its decided cases (avoiding those it
lists as still open) and a brief that weighted the signals more evenly than
batch 12, with competitor and price objection first and their look-alikes among
the lines without a signal. They did not read the playbook's cue lists, the
code, docs/analyzer.md, nor any validation or held-out set. Same notation and
checks as scripts/data_notation.py; rerunning it writes the file byte for byte."""
from data_notation import rows_of, unseen, write_and_check
from train_set_batch13a import BLOCKS as A
from train_set_batch13b import BLOCKS as B
from train_set_batch13c import BLOCKS as C
from train_set_batch13d import BLOCKS as D
from train_set_batch13e import BLOCKS as E
from train_set_batch13f import BLOCKS as F
from train_set_batch13g import BLOCKS as G
from train_set_batch13h import BLOCKS as H

REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_train3.jsonl", "analyzer_callspeech_train4.jsonl",
        "analyzer_callspeech_train5.jsonl", "analyzer_callspeech_train6.jsonl",
        "analyzer_callspeech_train8.jsonl",
        "analyzer_callspeech_valid.jsonl", "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_valid3.jsonl", "analyzer_callspeech_dev.jsonl",
        "analyzer_labelled.jsonl")
FILES = {"analyzer_callspeech_valid4.jsonl":
         unseen(rows_of(A + B + C + D + E + F + G + H), REFS)}

if __name__ == "__main__":
    write_and_check(FILES, REFS)
