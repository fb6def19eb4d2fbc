"""Writes more of the analyzer's call-speech training and validation data:
tests/data/analyzer_callspeech_train2.jsonl (batch 4) and
tests/data/analyzer_callspeech_valid2.jsonl (batch 5, new situations and phrasings
written after batch 4, not paraphrases of it). Same notation and checks as
scripts/train_set.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. Each block has a
language and a speaker. The batches lean on the signals the detector finds hardest
(competitor, frustration, decision_maker, budget vs price_objection) and carry many
hard negatives (lines that mention price, money, bosses or other tools without the
signal). Labelling conventions, as in the earlier sets:
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing, named or not; "we use nothing else" is 0.
  - D: someone other than the speaker decides, approves, signs or holds a veto
    (boss, board, CFO, procurement, partner, spouse, committee); "I decide" /
    "no one else needs to approve" is 0, as in the dev and labelled sets.
  - B: the buyer's own money (budget size, allocation, funds, fiscal timing, cash);
    P: this offer's price is too high / asking for a discount. "too expensive for
    what we have" is both.
  - Agent turns are 0 unless the agent is themselves confused or frustrated.
  - Logistics, small talk, neutral questions about price, plans or other tools: 0.
Running it also checks the files (keys, values, duplicates within and across the two
new files and against the train, valid, dev and labelled sets) and prints counts."""
from data_notation import rows_of, write_and_check

from train_set_more_data1 import B4_EN, B4_EN_2, B4_EN_3
from train_set_more_data2 import B4_EN_NEG, B4_EN_AGENT, B4_EN_4, B4_FR
from train_set_more_data3 import B4_FR_2, B4_FR_3, B4_FR_NEG, B4_FR_AGENT
from train_set_more_data4 import B4_EN_5, B4_FR_4, B4_EN_6, B4_FR_5, B4_EN_AGENT_2, B4_FR_AGENT_2, B5_EN
from train_set_more_data5 import B5_EN_AGENT, B5_FR, B5_FR_AGENT, B5_EN_2, B5_FR_2

BATCH4 = [(B4_EN, "en", "client"), (B4_EN_2, "en", "client"), (B4_EN_3, "en", "client"),
          (B4_EN_4, "en", "client"), (B4_EN_5, "en", "client"),
          (B4_EN_6, "en", "client"), (B4_EN_NEG, "en", "client"),
          (B4_EN_AGENT, "en", "agent"), (B4_EN_AGENT_2, "en", "agent"),
          (B4_FR, "fr", "client"), (B4_FR_2, "fr", "client"), (B4_FR_3, "fr", "client"), (B4_FR_4, "fr", "client"),
          (B4_FR_5, "fr", "client"), (B4_FR_NEG, "fr", "client"),
          (B4_FR_AGENT, "fr", "agent"), (B4_FR_AGENT_2, "fr", "agent")]
BATCH5 = [(B5_EN, "en", "client"), (B5_EN_2, "en", "client"), (B5_EN_AGENT, "en", "agent"),
          (B5_FR, "fr", "client"), (B5_FR_2, "fr", "client"), (B5_FR_AGENT, "fr", "agent")]

FILES = {"analyzer_callspeech_train2.jsonl": rows_of(BATCH4),
         "analyzer_callspeech_valid2.jsonl": rows_of(BATCH5)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_valid.jsonl",
        "analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
