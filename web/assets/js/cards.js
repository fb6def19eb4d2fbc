// Suggestion cards, newest first: the questions, the signals as chips, the
// recommended direction, a source badge and the latency; an error card says
// what failed in words and shows its fallback; an ack says which answer
// covers the message. Each card links to the message it answers.

import { el } from "./dom.js";
import { entryId } from "./transcript.js";
import { SOURCE_LABELS, errorWords, excerpt, signalWords } from "./words.js";

/** The DOM id of the card answering message `seq`. */
export function cardId(seq) {
  return `card-${seq}`;
}

/** What the card says it answers: "#3 · Client: “…”", linked to the message. */
function answers(seq, frame, message) {
  if (!message) {
    return el("span", { class: "answers" }, `#${seq} · a message sent before this page was loaded`);
  }
  const speaker = message.speaker === "agent" ? "Agent" : "Client";
  const label = `#${seq} · ${speaker}: “${excerpt(message.text)}”`;
  return el("a", { class: "answers", href: `#${entryId(frame.message_id)}` }, label);
}

function badge(source) {
  return el("span", { class: `badge badge-${source}` }, SOURCE_LABELS[source] || source);
}

/** The body of a suggestion: chips, questions, direction. */
function suggestionBody(data) {
  const signals = data.signals_detected || [];
  return [
    el("ul", { class: "chips", "aria-label": "Signals detected" },
      signals.length
        ? signals.map((s) => el("li", { class: "chip", "data-signal": s }, signalWords(s)))
        : el("li", { class: "chip chip-none" }, "no signal")),
    el("ol", { class: "questions", "aria-label": "Questions to ask" },
      (data.questions || []).map((q) => el("li", {}, q))),
    el("p", { class: "direction" }, el("strong", {}, "Direction: "), data.recommended_direction || ""),
  ];
}

function suggestionCard(frame, seq, message) {
  return el("li", { id: cardId(seq), class: "card", "data-seq": seq, "data-kind": "suggestion" },
    el("p", { class: "card-head" },
      answers(seq, frame, message),
      badge(frame.meta.source),
      el("span", { class: "latency" }, `${frame.meta.latency_ms} ms`)),
    suggestionBody(frame.data));
}

function errorCard(frame, seq, message) {
  return el("li", { id: cardId(seq), class: "card card-error", "data-seq": seq, "data-kind": "error" },
    el("p", { class: "card-head" },
      answers(seq, frame, message),
      badge("fallback"),
      el("span", { class: "code" }, frame.error_code)),
    el("p", { class: "error-words" }, errorWords(frame)),
    frame.fallback_suggestion ? suggestionBody(frame.fallback_suggestion) : null);
}

function ackCard(frame, message) {
  return el("li", { id: cardId(frame.seq), class: "card card-ack", "data-seq": frame.seq, "data-kind": "ack" },
    el("p", { class: "card-head" }, answers(frame.seq, frame, message)),
    el("p", {}, "Folded into the answer to ",
      el("a", { href: `#${cardId(frame.covered_by)}` }, `#${frame.covered_by}`), "."));
}

export class Cards {
  constructor(list) {
    this.list = list;
  }

  /** Adds the card for answer `frame` to message `seq` (`message` as sent, or null). */
  add(frame, seq, message) {
    let card;
    if (frame.type === "suggestion") card = suggestionCard(frame, seq, message);
    else if (frame.type === "ack") card = ackCard(frame, message);
    else card = errorCard(frame, seq, message);
    this.list.prepend(card);
    return card;
  }

  /** Marks the card of message `seq` with a closing opportunity of `percent`. */
  markClosing(seq, percent) {
    const card = document.getElementById(cardId(seq));
    card?.querySelector(".card-head")
      ?.append(el("span", { class: "badge badge-closing" }, `Closing ${percent}%`));
  }

  /** Removes every card (a new session). */
  clear() {
    this.list.replaceChildren();
  }
}
