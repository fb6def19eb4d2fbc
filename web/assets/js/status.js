// What the header says: the connection's state (always visible), the session
// id and whether it was resumed; and which connection buttons can be used.

import { byId } from "./dom.js";

const STATE_WORDS = {
  disconnected: () => "Disconnected",
  connecting: () => "Connecting…",
  connected: () => "Connected",
  waiting: (d) => `Connection lost: reconnecting in ${Math.ceil(d.delay / 1000)} s (attempt ${d.attempt})`,
  reconnecting: (d) => `Reconnecting… (attempt ${d.attempt})`,
  stopped: (d) => `Disconnected: ${d.reason}`,
  failed: (d) => `Not connected: ${d.reason}`,
};

/** Shows connection state `state` with its `detail`. */
export function showState(state, detail) {
  const pill = byId("connection-state");
  pill.dataset.state = state;
  pill.textContent = STATE_WORDS[state](detail);
  const active = ["connecting", "connected", "waiting", "reconnecting"].includes(state);
  byId("connect").disabled = active;
  byId("disconnect").disabled = !active;
  byId("send").disabled = state !== "connected";
}

/** Shows the session a `session_init` frame names. */
export function showSession(init) {
  byId("session-label").textContent = "Session";
  const id = byId("session-id");
  id.textContent = init.session_id;
  id.dataset.sessionId = init.session_id;
  const resumed = byId("session-resumed");
  resumed.hidden = false;
  resumed.dataset.resumed = String(init.resumed);
  resumed.textContent = init.resumed
    ? `resumed · ${init.history_length} messages`
    : "new";
}

/** Shows that there is no session (yet). */
export function clearSession() {
  byId("session-label").textContent = "No session yet";
  byId("session-id").textContent = "";
  byId("session-resumed").hidden = true;
}
