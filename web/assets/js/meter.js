// The closing meter: how close the conversation is to a close, moved by each
// `closing` frame (the detector's confidence) and reset with a new session.

import { byId } from "./dom.js";
import { signalWords } from "./words.js";

/** Shows a `closing` frame; returns its confidence in percent. */
export function showClosing(frame) {
  const percent = Math.round((frame.data.confidence || 0) * 100);
  const action = frame.data.recommended_action || "";
  const signals = (frame.data.signals || []).map(signalWords).join(", ");
  setMeter(percent, `${percent}% at message #${frame.reply_to}: ${action}`);
  byId("closing-text").textContent = signals
    ? `${percent}% at #${frame.reply_to} (${signals}). ${action}`
    : `${percent}% at #${frame.reply_to}. ${action}`;
  return percent;
}

/** Empties the meter (a new session). */
export function resetClosing() {
  setMeter(0, "No closing opportunity yet");
  byId("closing-text").textContent = "No closing opportunity yet.";
}

function setMeter(percent, words) {
  const meter = byId("closing-meter");
  meter.setAttribute("aria-valuenow", String(percent));
  meter.setAttribute("aria-valuetext", words);
  meter.dataset.level = percent >= 70 ? "high" : percent > 0 ? "some" : "none";
  meter.querySelector(".meter-fill").style.width = `${percent}%`;
}
