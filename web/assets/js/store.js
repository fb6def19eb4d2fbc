// The tab's session (id, resume token, last answer seen), kept in
// sessionStorage: per tab, gone with it, and there across reloads so a
// reconnect resumes the same session and gets the answers it missed.

const KEY = "callshadow.session";

/** The tab's session, or null. */
export function loadSession() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) || null;
  } catch {
    return null;
  }
}

/** Keeps `session` ({ id, resumeToken, lastSeq }) for the tab. */
export function saveSession(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

/** Forgets the tab's session: the next connection starts a new one. */
export function forgetSession() {
  sessionStorage.removeItem(KEY);
}

/** Records that the answer to `seq` arrived. */
export function rememberAnswer(seq) {
  const session = loadSession();
  if (session && seq > (session.lastSeq || 0)) {
    saveSession({ ...session, lastSeq: seq });
  }
}
