//! The one mapping from internal errors to what clients see: the `error` frames'
//! code, message and details ([`ClientError`]), how a WebSocket connection is
//! closed ([`Goodbye`]: code and reason), and HTTP error bodies ([`ApiError`]).
//!
//! Every text here is written for clients. Internal error texts (an upstream's
//! answer, reqwest's error chain, a panic message) go to the logs where the
//! failure is handled, never into a frame or a body.

mod goodbye;
mod http;

use std::time::Duration;

use serde::Serialize;
use serde_json::{Value, json};

pub use self::goodbye::Goodbye;
pub use self::http::{ApiError, ErrorBody};
use crate::agents::error::AgentError;
pub use crate::domain::ErrorCode;
use crate::domain::InvalidSessionId;
use crate::session::{Detach, OpenError};

/// What a client is told in an `error` frame.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientError {
    /// The `error_code`.
    pub code: ErrorCode,
    /// The `message`: fit for clients, no internals, no secrets.
    pub message: &'static str,
    /// The `details`: an object, or a list of field problems.
    pub details: Value,
}

impl ClientError {
    fn new(code: ErrorCode, message: &'static str, details: Value) -> Self {
        Self {
            code,
            message,
            details,
        }
    }

    /// A message the provider (named `provider`) could not answer; the frame
    /// carries a fallback suggestion.
    #[must_use]
    pub fn agent_failure(error: &AgentError, provider: &str) -> Self {
        let details = json!({ "provider": provider });
        match error {
            AgentError::Llm { error, attempts } => Self::new(
                ErrorCode::LlmError,
                "The language model failed; here is a fallback suggestion.",
                json!({ "provider": provider, "attempts": attempts, "cause": error.kind() }),
            ),
            AgentError::Unavailable => Self::new(
                ErrorCode::LlmError,
                "The language model is unavailable; here is a fallback suggestion.",
                details,
            ),
            AgentError::Deadline => Self::new(
                ErrorCode::LlmError,
                "No answer within the suggestion deadline; here is a fallback suggestion.",
                details,
            ),
            AgentError::Parsing => Self::new(
                ErrorCode::ParsingError,
                "The language model's answer could not be read; here is a fallback suggestion.",
                details,
            ),
            AgentError::Panicked => Self::new(
                ErrorCode::InternalError,
                "An unexpected error occurred; here is a fallback suggestion.",
                json!({}),
            ),
            AgentError::Other(_) => Self::new(
                ErrorCode::AgentError,
                "The assistant failed; here is a fallback suggestion.",
                details,
            ),
        }
    }

    /// A frame that is not a valid message; `issues` lists each problem by field.
    #[must_use]
    pub fn invalid_message(issues: &impl Serialize) -> Self {
        let details = serde_json::to_value(issues).unwrap_or_else(|_| json!([]));
        Self::new(ErrorCode::ValidationError, "Invalid message", details)
    }

    /// A message over the session's rate limit; another is allowed after `wait`.
    #[must_use]
    pub fn rate_limited(wait: Duration) -> Self {
        let retry_after_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX).max(1);
        Self::new(
            ErrorCode::RateLimited,
            "Too many messages per minute; this one is stored, here is a fallback.",
            json!({ "retry_after_ms": retry_after_ms }),
        )
    }

    /// A message that cannot wait: `max_pending` are waiting for the provider.
    #[must_use]
    pub fn backpressure(max_pending: usize) -> Self {
        Self::new(
            ErrorCode::Backpressure,
            "Too many messages are waiting for an answer; this one is stored, here is a fallback.",
            json!({ "max_pending_messages": max_pending }),
        )
    }

    /// A malformed `session_id` in the query.
    #[must_use]
    pub fn invalid_session_id(error: &InvalidSessionId) -> Self {
        let issue = json!([{ "field": "session_id", "message": error.to_string() }]);
        Self::new(ErrorCode::ValidationError, "Invalid session_id", issue)
    }

    /// A message that was not stored: the session is no longer the
    /// connection's (`why`); the connection closes next.
    #[must_use]
    pub fn not_stored(why: Detach) -> Self {
        let message = match why {
            Detach::TakenOver => {
                "Message not stored: the session was taken over by another connection"
            }
            Detach::Deleted => "Message not stored: the session was deleted",
        };
        Self::new(ErrorCode::SessionError, message, json!({ "stored": false }))
    }

    /// A session that could not be opened, and how the connection closes.
    #[must_use]
    pub fn session_refused(error: &OpenError) -> (Self, Goodbye) {
        match error {
            OpenError::Full(max) => (
                Self::new(
                    ErrorCode::SessionError,
                    "The server holds its maximum number of sessions; try again later.",
                    json!({ "max_sessions": max }),
                ),
                Goodbye::TooManySessions,
            ),
            OpenError::StoreUnavailable => (
                Self::new(
                    ErrorCode::SessionError,
                    "The session store is unavailable, so this session cannot be resumed now; try again later.",
                    json!({ "retryable": true }),
                ),
                Goodbye::StoreUnavailable,
            ),
            OpenError::Superseded => (
                Self::new(
                    ErrorCode::SessionError,
                    "Session taken over by another connection",
                    json!({}),
                ),
                Goodbye::TakenOver,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llm::error::LlmError;

    #[test]
    fn no_internal_error_text_reaches_the_client() {
        let secret = "https://user:sk-SECRET@upstream.example/v1: connection refused";
        let failures = [
            AgentError::Llm {
                error: LlmError::Connection(secret.to_owned()),
                attempts: 2,
            },
            AgentError::Other(secret.to_owned()),
        ];
        for failure in &failures {
            let client = ClientError::agent_failure(failure, "openai");
            let shown = format!("{} {}", client.message, client.details);
            assert!(!shown.contains("SECRET"), "{shown}");
            assert!(!shown.contains("refused"), "{shown}");
        }
    }

    #[test]
    fn each_agent_failure_has_its_protocol_code() {
        let code = |error: AgentError| ClientError::agent_failure(&error, "p").code;
        assert_eq!(code(AgentError::Deadline), ErrorCode::LlmError);
        assert_eq!(code(AgentError::Unavailable), ErrorCode::LlmError);
        assert_eq!(code(AgentError::Parsing), ErrorCode::ParsingError);
        assert_eq!(code(AgentError::Panicked), ErrorCode::InternalError);
        assert_eq!(
            code(AgentError::Other(String::new())),
            ErrorCode::AgentError
        );
        let llm = AgentError::Llm {
            error: LlmError::StreamCut,
            attempts: 1,
        };
        let details = ClientError::agent_failure(&llm, "openai").details;
        assert_eq!(
            details,
            json!({"provider": "openai", "attempts": 1, "cause": "stream_cut"})
        );
    }
}
