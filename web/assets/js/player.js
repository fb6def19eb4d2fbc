// Sample conversations from /examples/: the list, and playing one with its
// timing (each line's `delay_ms`, divided by the speed chosen). Playing waits
// while the connection is down and goes on once it is back.

import { byId, el, pause } from "./dom.js";

/** The lines of a JSON-lines sample: `{ delay, message }` each. */
export function parseSample(text) {
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const { delay_ms: delay = 0, ...message } = JSON.parse(line);
      return { delay, message };
    });
}

export class Player {
  /** `say(message)` sends a message; `ready()` resolves once connected. */
  constructor(form, { say, ready }) {
    this.form = form;
    this.say = say;
    this.ready = ready;
    this.status = byId("player-status");
    this.abort = null;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.play();
    });
    byId("stop").addEventListener("click", () => this.stop());
  }

  /** Fills the list of samples from /examples/index.json. */
  async load() {
    try {
      const index = await (await fetch("/examples/index.json")).json();
      const options = index.samples.map((s) => el("option", { value: s.file, lang: s.language }, s.title));
      byId("sample").replaceChildren(...options);
    } catch {
      this.status.textContent = "The samples could not be loaded.";
    }
  }

  async play() {
    this.stop();
    const file = byId("sample").value;
    const abort = new AbortController();
    this.abort = abort;
    this.playing(true);
    try {
      const text = await (await fetch(`/examples/${encodeURIComponent(file)}`)).text();
      await this.run(parseSample(text), abort.signal);
      this.status.textContent = abort.signal.aborted ? "Stopped." : "Played to the end.";
    } catch {
      this.status.textContent = "The sample could not be played.";
    } finally {
      if (this.abort === abort) this.playing(false);
    }
  }

  async run(lines, signal) {
    for (const [index, line] of lines.entries()) {
      await pause(line.delay / Number(byId("speed").value), signal);
      if (signal.aborted) return;
      if (!this.ready.now()) {
        this.status.textContent = "Paused: waiting for the connection…";
        await this.ready.wait(signal);
        if (signal.aborted) return;
      }
      this.status.textContent = `Playing line ${index + 1} of ${lines.length}…`;
      this.say(line.message);
    }
  }

  stop() {
    this.abort?.abort();
    this.abort = null;
    this.playing(false);
  }

  playing(on) {
    byId("play").disabled = on;
    byId("stop").disabled = !on;
  }
}
