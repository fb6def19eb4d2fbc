//! The messages a conversation is made of, as stored in a session's memory.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::signal::SignalSet;

/// Longest `emotion` accepted, in characters.
pub const MAX_EMOTION_CHARS: usize = 32;
/// Longest string `message_id` accepted, in characters.
pub const MAX_MESSAGE_ID_CHARS: usize = 128;
/// Longest string `timestamp` accepted, in characters.
pub const MAX_TIMESTAMP_CHARS: usize = 64;

/// Who spoke an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    /// The call-center agent the copilot assists.
    Agent,
    /// The customer on the other end of the call.
    Client,
}

impl Speaker {
    /// Every accepted value, in protocol spelling.
    pub const ALL: [&'static str; 2] = ["agent", "client"];

    /// Parses the protocol spelling (`agent`, `client`).
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "agent" => Some(Self::Agent),
            "client" => Some(Self::Client),
            _ => None,
        }
    }

    /// The protocol spelling.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Client => "client",
        }
    }
}

/// The sentiment the client's speech analytics attached to an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sentiment {
    /// A positive tone.
    Positive,
    /// Neither positive nor negative.
    Neutral,
    /// A negative tone.
    Negative,
}

impl Sentiment {
    /// Every accepted value, in protocol spelling.
    pub const ALL: [&'static str; 3] = ["positive", "neutral", "negative"];

    /// Parses the protocol spelling (`positive`, `neutral`, `negative`).
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "positive" => Some(Self::Positive),
            "neutral" => Some(Self::Neutral),
            "negative" => Some(Self::Negative),
            _ => None,
        }
    }

    /// The protocol spelling.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Positive => "positive",
            Self::Neutral => "neutral",
            Self::Negative => "negative",
        }
    }
}

/// A client-chosen message id, echoed back verbatim in the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum MessageId {
    /// A string id.
    Text(#[schemars(length(max = MAX_MESSAGE_ID_CHARS))] String),
    /// An integer id (written without a fraction or an exponent).
    Number(#[schemars(range(min = i64::MIN, max = i64::MAX))] i64),
}

/// One accepted utterance of a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Utterance {
    /// The session-wide sequence number (1, 2, 3… across reconnects).
    pub seq: u64,
    /// What was said.
    pub text: String,
    /// Who said it.
    pub speaker: Speaker,
    /// Its sentiment.
    pub sentiment: Sentiment,
    /// Its emotion, a short lowercase word such as `frustrated`.
    pub emotion: String,
    /// The client's id for this message, if it sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<MessageId>,
    /// The client's own timestamp for this message, if it sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<serde_json::Value>,
    /// When the server accepted it.
    pub received_at: DateTime<Utc>,
    /// Renderings of this message computed once and reused by every prompt.
    #[serde(skip)]
    pub rendered: Rendered,
}

/// Bytes an utterance costs in memory beyond its text, roughly: the struct, its
/// `Arc`, the deque slot and the cached renderings' overhead.
const UTTERANCE_OVERHEAD: u64 = 256;

impl Utterance {
    /// An estimate of the bytes this utterance holds in memory (its text twice:
    /// once as sent, once rendered as a prompt line), for the memory budget.
    #[must_use]
    pub fn footprint(&self) -> u64 {
        let id = match &self.message_id {
            Some(MessageId::Text(text)) => text.len(),
            _ => 0,
        };
        let timestamp = self.timestamp.as_ref().map_or(0, |t| t.to_string().len());
        let bytes = 2 * self.text.len() + self.emotion.len() + id + timestamp;
        u64::try_from(bytes).unwrap_or(u64::MAX) + UTTERANCE_OVERHEAD
    }
}

/// What is derived from an utterance once, on first use (its line in a prompt's
/// context, its language evidence, the signals the embedded analyzer finds in
/// it), so each later message of the session does not compute it again.
/// Not part of the message's identity: two `Rendered` always compare equal.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    context_line: std::sync::OnceLock<String>,
    language_score: std::sync::OnceLock<(u32, u32)>,
    signals: std::sync::OnceLock<(u64, SignalSet)>,
    context_tokens: std::sync::OnceLock<(u8, f64)>,
}

impl Rendered {
    /// The context line, made by `make` the first time.
    pub fn context_line(&self, make: impl FnOnce() -> String) -> &str {
        self.context_line.get_or_init(make)
    }

    /// The context line, when a prompt has made it already.
    #[must_use]
    pub fn made_context_line(&self) -> Option<&str> {
        self.context_line.get().map(String::as_str)
    }

    /// The estimated tokens of the context line for the token counter `family`,
    /// computed by `count` the first time (another family's are not cached).
    pub fn context_tokens(&self, family: u8, count: impl FnOnce() -> f64) -> f64 {
        keyed(&self.context_tokens, family, count)
    }

    /// The (English, French) evidence of the text, scored by `score` the first time.
    pub fn language_score(&self, score: impl FnOnce() -> (u32, u32)) -> (u32, u32) {
        *self.language_score.get_or_init(score)
    }

    /// The signals of the text as the detector `detector` (an id that changes
    /// with every loaded playbook) sees them, detected by `detect` the first time.
    /// A message first seen by an older detector is detected again, not cached.
    pub fn signals(&self, detector: u64, detect: impl FnOnce() -> SignalSet) -> SignalSet {
        keyed(&self.signals, detector, detect)
    }
}

/// The value `cell` keeps for `key`, made by `make` the first time; a cell that
/// keeps another key's value is left as it is and `make` answers.
fn keyed<K: PartialEq + Copy, V: Copy>(
    cell: &std::sync::OnceLock<(K, V)>,
    key: K,
    make: impl FnOnce() -> V,
) -> V {
    match cell.get() {
        Some((kept, value)) if *kept == key => *value,
        Some(_) => make(),
        None => cell.get_or_init(|| (key, make())).1,
    }
}

impl PartialEq for Rendered {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A validated client message, not yet numbered.
///
/// Its JSON Schema is the client frame of the protocol (SPEC 2): what a client
/// sends, before validation lowercases the emotion. `text`'s upper bound
/// (MAX_TEXT_CHARS) is configuration, set where the schema is published.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[schemars(
    title = "InputMessage",
    description = "A client frame: one utterance of the conversation. Unknown fields are ignored. The server numbers accepted messages per session (`seq`)."
)]
pub struct InputMessage {
    /// What was said: at least one character that is not white space, at most
    /// MAX_TEXT_CHARS characters.
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub text: String,
    /// Who said it.
    pub speaker: Speaker,
    /// Its sentiment.
    pub sentiment: Sentiment,
    /// Its emotion, a short word such as `frustrated` (lowercased when stored).
    #[schemars(length(min = 1, max = MAX_EMOTION_CHARS), regex(pattern = r"\S"))]
    pub emotion: String,
    /// The client's id for it (a string or an integer), echoed back beside `reply_to`.
    #[schemars(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<MessageId>,
    /// The client's timestamp for it: a string (ISO 8601 advised) or a number.
    #[schemars(
        default,
        skip_serializing_if = "Option::is_none",
        schema_with = "timestamp_schema"
    )]
    pub timestamp: Option<serde_json::Value>,
}

/// The schema of a client's `timestamp`: a bounded string, a number, or null.
fn timestamp_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "anyOf": [
            { "type": "string", "maxLength": MAX_TIMESTAMP_CHARS },
            { "type": "number" },
            { "type": "null" }
        ]
    })
}

impl InputMessage {
    /// The stored form of this message under `seq`.
    #[must_use]
    pub fn into_utterance(self, seq: u64) -> Utterance {
        Utterance {
            seq,
            text: self.text,
            speaker: self.speaker,
            sentiment: self.sentiment,
            emotion: self.emotion,
            message_id: self.message_id,
            timestamp: self.timestamp,
            received_at: Utc::now(),
            rendered: Rendered::default(),
        }
    }
}
