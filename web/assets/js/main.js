// The console: wires the connection, the transcript, the cards, the closing
// meter, the message box and the sample player, and routes each frame.

import { Cards, cardId } from "./cards.js";
import { Composer } from "./composer.js";
import { Connection, socketUrl } from "./connection.js";
import { byId, el } from "./dom.js";
import { resetClosing, showClosing } from "./meter.js";
import { Player } from "./player.js";
import { clearSession, showSession, showState } from "./status.js";
import { loadSession, rememberAnswer } from "./store.js";
import { Transcript } from "./transcript.js";
import { errorWords } from "./words.js";

const transcript = new Transcript(byId("transcript"));
const cards = new Cards(byId("cards"));
/** The `seq`s answered in this session: a replayed answer is shown once. */
let answered = new Set();
let sessionId = loadSession()?.id;
/** Callbacks waiting for the connection to be ready. */
let waiters = [];
let sent = 0;
const tabTag = Math.random().toString(36).slice(2, 8);

const connection = new Connection({ onState, onFrame });

function onState(state, detail) {
  showState(state, detail);
  if (state === "connected") {
    waiters.forEach((resolve) => resolve());
    waiters = [];
  }
}

function onFrame(frame) {
  if (frame.type === "session_init") return started(frame);
  if (frame.type === "closing") return closing(frame);
  if (frame.type === "suggestion" || frame.type === "ack") return answer(frame);
  if (frame.type === "error" && frame.reply_to !== undefined) return answer(frame);
  if (frame.type === "error") return notice(frame);
}

function started(frame) {
  const forgotten = frame.session_id === sessionId && !frame.resumed;
  if (frame.session_id !== sessionId || forgotten) resetSession();
  if (forgotten) {
    byId("notices").replaceChildren(el("p", { class: "notice" },
      "The server no longer knew this session: it starts again, under the same id."));
  }
  sessionId = frame.session_id;
  showSession(frame);
}

function resetSession() {
  answered = new Set();
  transcript.clear();
  cards.clear();
  resetClosing();
  byId("notices").replaceChildren();
}

function answer(frame) {
  const seq = frame.type === "ack" ? frame.seq : frame.reply_to;
  if (answered.has(seq)) return;
  answered.add(seq);
  rememberAnswer(seq);
  const message = transcript.answered(frame.message_id, seq, cardId(seq), answerWords(frame));
  cards.add(frame, seq, message);
}

/** What the transcript says of a message's answer. */
function answerWords(frame) {
  if (frame.type === "ack") return `folded into #${frame.covered_by}`;
  if (frame.type === "error") return "error, fallback shown";
  return "see the suggestion";
}

function closing(frame) {
  const percent = showClosing(frame);
  cards.markClosing(frame.reply_to, percent);
}

function notice(frame) {
  const words = errorWords(frame);
  if (frame.message_id !== undefined) transcript.refused(frame.message_id, words);
  byId("notices").replaceChildren(el("p", { class: "notice" }, words));
}

/** Sends `message` (from the box or a sample) and adds it to the transcript. */
function say(message) {
  sent += 1;
  const full = { ...message, message_id: `c-${tabTag}-${sent}` };
  if (!connection.send(full)) return false;
  transcript.add(full);
  return true;
}

const ready = {
  now: () => connection.isReady(),
  wait: (signal) => new Promise((resolve) => {
    waiters.push(resolve);
    signal.addEventListener("abort", resolve, { once: true });
  }),
};

function token() {
  return byId("token").value.trim();
}

/** On a phone the samples fold away, leaving room for the conversation. */
function foldSamplesWhenNarrow() {
  const narrow = window.matchMedia("(max-width: 60rem)");
  const fit = () => {
    byId("samples").open = !narrow.matches;
  };
  fit();
  narrow.addEventListener("change", fit);
}

async function start() {
  byId("ws-url").textContent = socketUrl(window.location, {});
  foldSamplesWhenNarrow();
  const settings = await fetch("/console/settings.json").then((r) => r.json()).catch(() => ({}));
  byId("token-field").hidden = !settings.client_auth;
  byId("connect-form").addEventListener("submit", (event) => {
    event.preventDefault();
    connection.connect(token());
  });
  byId("disconnect").addEventListener("click", () => connection.disconnect());
  byId("new-session").addEventListener("click", () => {
    sessionId = undefined;
    resetSession();
    clearSession();
    connection.startOver(token());
  });
  new Composer(byId("composer"), say);
  await new Player(byId("player"), { say, ready }).load();
  showState("disconnected", {});
}

start();
