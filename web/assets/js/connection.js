// One WebSocket to this server's /ws/conversation at a time: connect,
// disconnect, resume the tab's session (with its resume token and the last
// answer seen, so missed answers come again), and reconnect with backoff
// after a drop.

import { forgetSession, loadSession, saveSession } from "./store.js";

const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 15000;
const MAX_ATTEMPTS = 10;

/** Close codes after which reconnecting cannot help, in words. */
const FINAL_CLOSES = new Map([
  [1003, "The server refused a binary frame."],
  [1007, "The server refused a frame that was not UTF-8."],
  [1009, "A message was too large for the server."],
  [4000, "The session was deleted by an operator."],
  [4001, "The session was taken over by another tab or client."],
  [4003, "The token expired: enter a fresh one and connect."],
]);

/** The WebSocket URL of the page's own server, with `params` in the query. */
export function socketUrl(location, params) {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = new URL(`${scheme}//${location.host}/ws/conversation`);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") {
      url.searchParams.set(name, String(value));
    }
  }
  return url.toString();
}

/** The wait before reconnect attempt `attempt` (1, 2…): doubling, capped, ±20 %. */
export function backoff(attempt) {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * The connection. `onState(state, detail)` hears every change (`connecting`,
 * `connected`, `waiting`, `reconnecting`, `disconnected`, `stopped`,
 * `failed`); `onFrame(frame)` every frame.
 */
export class Connection {
  constructor({ onState, onFrame }) {
    this.onState = onState;
    this.onFrame = onFrame;
    this.socket = null;
    this.token = "";
    this.wanted = false;
    this.attempt = 0;
    this.timer = null;
    this.ready = false;
  }

  /** Connects with `token`, resuming the tab's session if it has one. */
  connect(token) {
    this.token = token;
    this.wanted = true;
    this.attempt = 0;
    clearTimeout(this.timer);
    this.open();
  }

  /** Closes the connection on purpose: no reconnect. */
  disconnect() {
    this.wanted = false;
    clearTimeout(this.timer);
    const socket = this.socket;
    this.drop();
    socket?.close(1000, "closed by the user");
    this.onState("disconnected", {});
  }

  /** Forgets the tab's session and connects to a new one. */
  startOver(token) {
    this.disconnect();
    forgetSession();
    this.connect(token);
  }

  /** Whether messages can be sent now. */
  isReady() {
    return this.ready && this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends `message`; false when not connected. */
  send(message) {
    if (!this.isReady()) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  open() {
    const session = loadSession();
    const params = { token: this.token };
    if (session) {
      Object.assign(params, {
        session_id: session.id,
        resume_token: session.resumeToken,
        last_seq: session.lastSeq,
      });
    }
    const socket = new WebSocket(socketUrl(window.location, params));
    this.socket = socket;
    this.ready = false;
    this.onState(this.attempt ? "reconnecting" : "connecting", { attempt: this.attempt });
    socket.onmessage = (event) => this.receive(socket, event.data);
    socket.onclose = (event) => this.closed(socket, event);
  }

  /** Stops listening to the current socket. */
  drop() {
    this.socket = null;
    this.ready = false;
  }

  receive(socket, data) {
    if (socket !== this.socket) return;
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (frame.type === "session_init") this.started(frame);
    this.onFrame(frame);
  }

  started(frame) {
    const before = loadSession();
    // Not resumed under the same id: the server forgot the session (a restart
    // without Redis), so its numbering starts again.
    const same = before?.id === frame.session_id && frame.resumed;
    saveSession({
      id: frame.session_id,
      resumeToken: frame.resume_token || (same ? before.resumeToken : undefined),
      lastSeq: same ? before.lastSeq || 0 : 0,
    });
    this.ready = true;
    this.attempt = 0;
    this.onState("connected", { resumed: frame.resumed });
  }

  closed(socket, event) {
    if (socket !== this.socket) return;
    const opened = this.ready;
    this.drop();
    if (event.code === 4000) forgetSession();
    const final = FINAL_CLOSES.get(event.code);
    if (final) {
      this.wanted = false;
      this.onState("stopped", { reason: final });
    } else if (!opened && this.attempt === 0) {
      this.wanted = false;
      this.onState("failed", {
        reason: "The server refused the connection or cannot be reached (check the token, or start a new session).",
      });
    } else if (this.wanted) {
      this.retry();
    }
  }

  retry() {
    this.attempt += 1;
    if (this.attempt > MAX_ATTEMPTS) {
      this.wanted = false;
      this.onState("failed", { reason: `Gave up after ${MAX_ATTEMPTS} attempts.` });
      return;
    }
    const delay = backoff(this.attempt);
    this.onState("waiting", { attempt: this.attempt, delay });
    this.timer = setTimeout(() => this.open(), delay);
  }
}
