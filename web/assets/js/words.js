// What frames mean, in words people read: error codes, signals, sources.

const ERROR_WORDS = {
  LLM_ERROR: "The language model failed",
  PARSING_ERROR: "The language model's answer could not be read",
  AGENT_ERROR: "The assistant failed",
  RATE_LIMITED: "Too many messages this minute",
  BACKPRESSURE: "Too many messages are waiting for an answer",
  INTERNAL_ERROR: "The server had an unexpected fault",
  VALIDATION_ERROR: "The server refused the message",
  SESSION_ERROR: "The session ended",
};

/** Badge labels of `meta.source`. */
export const SOURCE_LABELS = { llm: "LLM", local: "Local", fallback: "Fallback" };

/** An error frame in one sentence, with what it means for the agent. */
export function errorWords(frame) {
  const base = ERROR_WORDS[frame.error_code] || `Error ${frame.error_code}`;
  const details = frame.details || {};
  let why = base;
  if (frame.error_code === "RATE_LIMITED" && details.retry_after_ms) {
    why = `${base} (next one in ${Math.ceil(details.retry_after_ms / 1000)} s)`;
  } else if (Array.isArray(details) && details.length) {
    const problems = details.map((d) => `${d.field}: ${d.message}`).join("; ");
    return `${base} (${problems}).`;
  }
  if (frame.reply_to !== undefined) return `${why}; here is a fallback suggestion.`;
  return `${why}: ${frame.message}`;
}

/** A signal id in words: `price_objection` → "price objection". */
export function signalWords(id) {
  return String(id).replaceAll("_", " ");
}

/** At most `max` characters of `text`, with an ellipsis when cut. */
export function excerpt(text, max = 60) {
  const flat = String(text).replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
