"""Writes the analyzer's call-speech training and validation sets:
tests/data/analyzer_callspeech_train.jsonl (batches 1 and 2) and
tests/data/analyzer_callspeech_valid.jsonl (batch 3, new phrasings written after the
training batches). Hand-written sales/support call utterances (ASR-style transcripts,
typos, franglais, idioms, understatement, sarcasm, negations, agent turns), in the
notation of scripts/dev_set.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. Each block has a
language and a speaker. Running it also checks the files (keys, values, duplicates
within and across files and against the dev and labelled sets) and prints counts."""
from data_notation import rows_of, write_and_check

from train_set_data1 import B1_EN, B1_EN_AGENT
from train_set_data2 import B1_FR, B1_FR_AGENT
from train_set_data3 import B2_EN, B2_EN_AGENT
from train_set_data4 import B2_FR, B2_FR_AGENT, B3_EN, B3_EN_AGENT
from train_set_data5 import B3_FR, B3_FR_AGENT

# Batch 2

# Batch 3 (validation)

BATCH1 = [(B1_EN, "en", "client"), (B1_EN_AGENT, "en", "agent"),
          (B1_FR, "fr", "client"), (B1_FR_AGENT, "fr", "agent")]
BATCH2 = [(B2_EN, "en", "client"),
          (B2_EN_AGENT, "en", "agent"),
          (B2_FR, "fr", "client"),
          (B2_FR_AGENT, "fr", "agent")]
BATCH3 = [(B3_EN, "en", "client"),
          (B3_EN_AGENT, "en", "agent"),
          (B3_FR, "fr", "client"),
          (B3_FR_AGENT, "fr", "agent")]

FILES = {"analyzer_callspeech_train.jsonl": rows_of(BATCH1) + rows_of(BATCH2),
         "analyzer_callspeech_valid.jsonl": rows_of(BATCH3)}
REFS = ("analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
