"""Writes batch 12 of the analyzer's call-speech training data:
tests/data/analyzer_callspeech_train8.jsonl, from the blocks of
scripts/train_set_batch12a.py to train_set_batch12f.py, each written by its own
helper in situations none of batches 7 to 11 used (a: software, fintech,
insurance claims, debt advice, energy, telecom resellers; b: councils, libraries,
admissions, school groups, job centres, social landlords; c: hotels, restaurant
chains, travel, cruise and ferry lines, venues, car dealers; d: couriers,
freight, warehousing, waste, alarm installers, lift maintenance; e: online shops,
furniture and appliance retail, repair chains, pet supplies, subscription boxes,
marketplace sellers; f: lettings and property management, facilities, consultancies,
market research, outsourced contact centres, IT managed services).

The helpers followed docs/labelling.md with its decided cases and a brief that
weighted the signals the detector misses most (closing readiness, decision maker,
hesitation, urgency, strong interest) and about 30 % lines without a signal. They
did not read the playbook's cue lists, the code, docs/analyzer.md, nor any
validation or held-out set. Same notation and checks as scripts/data_notation.py;
rerunning it writes the file byte for byte."""
from data_notation import rows_of, unseen, write_and_check
from train_set_batch12a import BLOCKS as A
from train_set_batch12b import BLOCKS as B
from train_set_batch12c import BLOCKS as C
from train_set_batch12d import BLOCKS as D
from train_set_batch12e import BLOCKS as E
from train_set_batch12f import BLOCKS as F

REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_train3.jsonl", "analyzer_callspeech_train4.jsonl",
        "analyzer_callspeech_train5.jsonl", "analyzer_callspeech_train6.jsonl",
        "analyzer_callspeech_valid.jsonl", "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_valid3.jsonl", "analyzer_callspeech_dev.jsonl",
        "analyzer_labelled.jsonl")

FILES = {"analyzer_callspeech_train8.jsonl": unseen(rows_of(A + B + C + D + E + F), REFS)}

if __name__ == "__main__":
    write_and_check(FILES, REFS)
