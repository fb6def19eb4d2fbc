"""Writes batch 6 of the analyzer's call-speech data:
tests/data/analyzer_callspeech_valid3.jsonl. Written as training data, it is used
as a third, larger validation set (never trained on; see docs/analyzer.md). New
situations (renewals, migrations,
pilots, procurement portals, resellers, seasonal businesses, multi-site retail,
healthcare, logistics, agencies, public sector), not paraphrases of earlier batches.
Same notation, labelling conventions and checks as scripts/train_set_more.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. The batch leans on
competitor (indirect references to current, past and rival vendors, tools, in-house
builds, RFP bidders), decision_maker (with hard negatives: a boss mentioned who does
not decide), budget vs price_objection (with neutral price, invoice and payment-term
questions as 0), and carries about a third hard negatives. Conventions:
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing, named or not; "we use nothing for that today" is 0.
  - D: someone other than the speaker decides, approves, signs or holds a veto;
    "I decide" / "I'm the one who signs" is 0.
  - B: the buyer's own money; P: this offer's price too high / asking for a discount.
  - Agent turns are 0 unless the agent is themselves confused or frustrated.
  - Logistics, small talk, neutral questions about price, plans or other tools: 0.
Running it also checks the file (keys, values, duplicates within it and against every
earlier train, valid, dev and labelled set) and prints counts."""
from data_notation import rows_of, write_and_check

from train_set_batch6_data1 import B6_EN_C, B6_FR_C, B6_EN_D, B6_FR_D, B6_EN_PB, B6_FR_PB
from train_set_batch6_data2 import B6_EN_MISC, B6_FR_MISC, B6_EN_NEG, B6_FR_NEG, B6_EN_AGENT, B6_FR_AGENT, B6_EN_2
from train_set_batch6_data3 import B6_FR_2, B6_EN_AGENT_2, B6_FR_AGENT_2

BATCH6 = [(B6_EN_C, "en", "client"), (B6_EN_D, "en", "client"), (B6_EN_PB, "en", "client"),
          (B6_EN_MISC, "en", "client"), (B6_EN_NEG, "en", "client"),
          (B6_EN_AGENT, "en", "agent"), (B6_EN_2, "en", "client"),
          (B6_EN_AGENT_2, "en", "agent"), (B6_FR_2, "fr", "client"),
          (B6_FR_AGENT_2, "fr", "agent"),
          (B6_FR_C, "fr", "client"), (B6_FR_D, "fr", "client"), (B6_FR_PB, "fr", "client"),
          (B6_FR_MISC, "fr", "client"), (B6_FR_NEG, "fr", "client"),
          (B6_FR_AGENT, "fr", "agent")]

FILES = {"analyzer_callspeech_valid3.jsonl": rows_of(BATCH6)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_valid.jsonl", "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
