//! The protocol's error codes (SPEC 2), as clients read them in `error_code`.

use schemars::JsonSchema;
use serde::Serialize;

/// The `error_code` of an `error` frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// Bad JSON, missing or wrong fields.
    ValidationError,
    /// The LLM failed after retries.
    LlmError,
    /// The LLM answered something that is not a suggestion.
    ParsingError,
    /// Any other agent failure.
    AgentError,
    /// Too many messages per minute.
    RateLimited,
    /// Too many messages waiting for an answer.
    Backpressure,
    /// The session was deleted, taken over, or could not be created.
    SessionError,
    /// An unexpected server fault.
    InternalError,
}

impl ErrorCode {
    /// The protocol spelling, as in `error_code`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ValidationError => "VALIDATION_ERROR",
            Self::LlmError => "LLM_ERROR",
            Self::ParsingError => "PARSING_ERROR",
            Self::AgentError => "AGENT_ERROR",
            Self::RateLimited => "RATE_LIMITED",
            Self::Backpressure => "BACKPRESSURE",
            Self::SessionError => "SESSION_ERROR",
            Self::InternalError => "INTERNAL_ERROR",
        }
    }
}
