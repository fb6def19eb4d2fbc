// The message box: speaker (client by default), sentiment (neutral), emotion
// and text. Keyboard only: Enter sends, Shift+Enter starts a new line, Alt+S
// switches the speaker from anywhere in the page.

import { byId } from "./dom.js";

export class Composer {
  /** `say(message)` sends a message and returns whether it could. */
  constructor(form, say) {
    this.form = form;
    this.say = say;
    this.text = byId("utterance");
    this.status = byId("composer-status");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    this.text.addEventListener("keydown", (event) => this.onTextKey(event));
    document.addEventListener("keydown", (event) => this.onPageKey(event));
  }

  onTextKey(event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  }

  onPageKey(event) {
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === "KeyS") {
      event.preventDefault();
      this.toggleSpeaker();
    }
  }

  /** The speaker chosen. */
  speaker() {
    return this.form.querySelector("input[name=speaker]:checked").value;
  }

  toggleSpeaker() {
    const next = this.speaker() === "client" ? "agent" : "client";
    this.form.querySelector(`input[name=speaker][value=${next}]`).checked = true;
    this.status.textContent = `Speaker: ${next}.`;
  }

  submit() {
    const text = this.text.value.trim();
    if (!text) {
      this.status.textContent = "Type something to send.";
      return;
    }
    const sent = this.say({
      text,
      speaker: this.speaker(),
      sentiment: byId("sentiment").value,
      emotion: byId("emotion").value.trim() || "neutral",
    });
    if (sent) {
      this.text.value = "";
      this.status.textContent = "";
    } else {
      this.status.textContent = "Not connected: connect first, the text is kept.";
    }
  }
}
