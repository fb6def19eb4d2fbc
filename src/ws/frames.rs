//! The frames the server sends (SPEC 2), serialized as JSON text. Their JSON
//! Schemas are derived from these types (`super::schema`), so the published
//! protocol is what this file serializes.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

use super::schema::{absent_not_null, details_schema};
use crate::domain::{ClosingAssessment, MessageId, SessionId, Suggestion, SuggestionSource};
use crate::error::{ClientError, ErrorCode};

/// A server-to-client frame; `type` tells which.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    /// The first frame of every connection.
    SessionInit(SessionInit),
    /// The answer to a message.
    Suggestion(SuggestionFrame),
    /// A closing opportunity, beside the answer to a message.
    Closing(ClosingFrame),
    /// Anything that went wrong.
    Error(ErrorFrame),
    /// `latest` mode: a message folded into the answer to a later one.
    Ack(AckFrame),
}

/// `ack`: in `latest` mode, this message is covered by the answer to `covered_by`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(transform = absent_not_null)]
pub struct AckFrame {
    /// The `seq` of the message acknowledged.
    pub seq: u64,
    /// The message's own `message_id`, echoed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<MessageId>,
    /// Always `coalesced`.
    #[schemars(extend("const" = "coalesced"))]
    pub status: &'static str,
    /// The `seq` of the message whose answer covers this one.
    pub covered_by: u64,
}

impl AckFrame {
    /// Message `seq` is folded into the answer to `covered_by`.
    #[must_use]
    pub fn coalesced(seq: u64, message_id: Option<MessageId>, covered_by: u64) -> Self {
        Self {
            seq,
            message_id,
            status: "coalesced",
            covered_by,
        }
    }
}

/// `session_init`: which session this connection is attached to.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(transform = absent_not_null)]
pub struct SessionInit {
    /// The session id, to resume with later.
    pub session_id: SessionId,
    /// Whether an existing session was resumed.
    pub resumed: bool,
    /// "Session created successfully" or "Session resumed".
    #[schemars(extend("enum" = ["Session created successfully", "Session resumed"]))]
    pub message: &'static str,
    /// Messages in the session's memory.
    pub history_length: usize,
    /// The orchestrator prompt version of the session.
    pub prompt_version: String,
    /// A new session's resume token: resuming it needs `?resume_token=` (with
    /// REQUIRE_RESUME_TOKEN). Given once, here; keep it private.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = "^[0-9a-f]{64}$"))]
    pub resume_token: Option<String>,
}

/// `suggestion`: the answer to one message.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(transform = absent_not_null)]
pub struct SuggestionFrame {
    /// The `seq` of the message answered.
    pub reply_to: u64,
    /// The message's own `message_id`, echoed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<MessageId>,
    /// The suggestion itself.
    pub data: Suggestion,
    /// Where it came from and how long it took.
    pub meta: SuggestionMeta,
}

/// `meta` of a suggestion.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SuggestionMeta {
    /// `llm`, `local` or `fallback`.
    pub source: SuggestionSource,
    /// The prompt version used.
    pub prompt_version: String,
    /// Milliseconds from the message's arrival to this answer.
    pub latency_ms: u64,
}

/// `closing`: the closing detector fired for a message (an extra frame: the
/// message is still answered by its `suggestion` or `error`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ClosingFrame {
    /// The `seq` of the message assessed.
    pub reply_to: u64,
    /// The assessment.
    pub data: ClosingAssessment,
    /// Who assessed it, with which prompt version.
    pub meta: ClosingMeta,
}

/// `meta` of a closing frame.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ClosingMeta {
    /// `llm`, `local` or `fallback` (the LLM's circuit is open).
    pub source: SuggestionSource,
    /// The closing detector prompt version (used by the `llm` source).
    pub prompt_version: String,
}

/// `error`: a typed failure, with a fallback where a suggestion is still useful.
/// An error that answers a message (`reply_to`) always carries a fallback.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(
    transform = absent_not_null,
    extend("dependentRequired" = { "reply_to": ["fallback_suggestion"] })
)]
pub struct ErrorFrame {
    /// The error code.
    pub error_code: ErrorCode,
    /// A human-readable message, written for clients.
    pub message: &'static str,
    /// Structured details: an object, or a list of field problems.
    #[schemars(schema_with = "details_schema")]
    pub details: Value,
    /// A suggestion still worth showing, for errors that answer a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback_suggestion: Option<Suggestion>,
    /// The `seq` of the message this answers, if it answers one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<u64>,
    /// The message's own `message_id`, echoed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<MessageId>,
}

impl ErrorFrame {
    /// The frame that tells a client about `error`, answering no message.
    #[must_use]
    pub fn new(error: ClientError) -> Self {
        Self {
            error_code: error.code,
            message: error.message,
            details: error.details,
            fallback_suggestion: None,
            reply_to: None,
            message_id: None,
        }
    }

    /// This error as the answer to message `seq`, with a fallback suggestion.
    #[must_use]
    pub fn answering(
        mut self,
        seq: u64,
        message_id: Option<MessageId>,
        fallback: Suggestion,
    ) -> Self {
        self.reply_to = Some(seq);
        self.message_id = message_id;
        self.fallback_suggestion = Some(fallback);
        self
    }
}

impl ServerFrame {
    /// The frame as JSON text.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| {
            tracing::error!(error = %e, "cannot serialize a frame");
            r#"{"type":"error","error_code":"INTERNAL_ERROR","message":"internal error","details":{}}"#
                .to_owned()
        })
    }

    /// The questions the frame suggests: a suggestion's, or an error's
    /// fallback's (what the session remembers, so they are not suggested again).
    #[must_use]
    pub fn questions(&self) -> Vec<std::sync::Arc<str>> {
        let suggestion = match self {
            Self::Suggestion(frame) => Some(&frame.data),
            Self::Error(frame) => frame.fallback_suggestion.as_ref(),
            _ => None,
        };
        suggestion.map_or_else(Vec::new, |s| {
            s.questions.iter().map(|q| q.as_str().into()).collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::domain::{Suggestion, SuggestionSource};
    use crate::error::ClientError;
    use crate::session::answers::KeptAnswers;

    fn suggestion(first: &str) -> Suggestion {
        Suggestion {
            questions: vec![format!("{first}?"), "And \"then\"?".to_owned()],
            signals_detected: vec!["price_objection".to_owned()],
            recommended_direction: "Ask.".to_owned(),
        }
    }

    /// The questions an answer hands to the session are the ones a session
    /// restored from the frame alone (after a resume elsewhere) reads from it.
    #[test]
    fn the_questions_of_a_frame_are_those_read_back_from_its_json() {
        let frames = [
            ServerFrame::Suggestion(SuggestionFrame {
                reply_to: 1,
                message_id: None,
                data: suggestion("Which budget"),
                meta: SuggestionMeta {
                    source: SuggestionSource::Local,
                    prompt_version: "v1".to_owned(),
                    latency_ms: 3,
                },
            }),
            ServerFrame::Error(ErrorFrame::new(ClientError::backpressure(4)).answering(
                2,
                None,
                suggestion("Who decides"),
            )),
            ServerFrame::Ack(AckFrame::coalesced(3, None, 4)),
        ];
        let (mut given, mut read) = (KeptAnswers::default(), KeptAnswers::default());
        for (seq, frame) in (1..).zip(&frames) {
            let json: Arc<str> = Arc::from(frame.to_json());
            given.keep_suggesting(seq, Arc::clone(&json), frame.questions());
            read.keep(seq, json);
        }
        assert_eq!(given.suggested(), read.suggested());
        assert_eq!(given.suggested().len(), 4, "{:?}", given.suggested());
    }
}
