//! Errors an agent can end with, each mapped to one protocol error code.

use crate::error::ErrorCode;

/// Why a provider produced no suggestion.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    /// The LLM failed after retries (timeouts, 5xx, rate limits, connection errors).
    #[error("the language model failed: {0}")]
    Llm(String),
    /// The LLM answered something that is not a suggestion.
    #[error("the language model's answer is not a suggestion")]
    Parsing,
    /// Any other agent failure.
    #[error("agent failure: {0}")]
    Other(String),
}

impl AgentError {
    /// The protocol error code this failure is reported with.
    #[must_use]
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Llm(_) => ErrorCode::LlmError,
            Self::Parsing => ErrorCode::ParsingError,
            Self::Other(_) => ErrorCode::AgentError,
        }
    }
}
