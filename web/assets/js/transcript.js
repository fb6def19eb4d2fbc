// The transcript: every utterance sent from this tab, oldest first, with its
// `seq` once answered and a link to the card that answers it.

import { el } from "./dom.js";

/** The DOM id of the transcript entry of message `messageId`. */
export function entryId(messageId) {
  return `msg-${messageId}`;
}

export class Transcript {
  constructor(list) {
    this.list = list;
    this.entries = new Map();
  }

  /** Adds `message` (as sent); the entry stays "waiting" until answered. */
  add(message) {
    const status = el("span", { class: "status" }, "waiting for an answer");
    const entry = el(
      "li",
      { id: entryId(message.message_id), class: `entry entry-${message.speaker}`, tabindex: "-1" },
      el("p", { class: "entry-head" },
        el("span", { class: "speaker" }, message.speaker === "agent" ? "Agent" : "Client"),
        el("span", { class: "seq" }),
        el("span", { class: "tone" }, `${message.sentiment}, ${message.emotion}`)),
      el("p", { class: "entry-text" }, message.text),
      status,
    );
    this.entries.set(message.message_id, { entry, status, message });
    this.list.append(entry);
    entry.scrollIntoView({ block: "nearest" });
  }

  /**
   * Marks message `messageId` as answered: `seq`, and a link to `cardId`
   * saying `how`. Returns the message as sent, or null if this tab did not send it.
   */
  answered(messageId, seq, cardId, how) {
    const known = this.entries.get(messageId);
    if (!known) return null;
    known.entry.dataset.seq = String(seq);
    known.entry.querySelector(".seq").textContent = `#${seq}`;
    known.status.replaceChildren(el("a", { href: `#${cardId}` }, how));
    return known.message;
  }

  /** Marks message `messageId` as refused by the server, saying `why`. */
  refused(messageId, why) {
    const known = this.entries.get(messageId);
    if (!known) return;
    known.entry.classList.add("entry-refused");
    known.status.textContent = why;
  }

  /** Empties the transcript (a new session). */
  clear() {
    this.entries.clear();
    this.list.replaceChildren();
  }
}
