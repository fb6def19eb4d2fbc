//! What an agent can end with instead of an answer. These texts are for logs;
//! what a client is told is decided in one place, `crate::error`.

use crate::llm::error::{CallError, LlmError};

/// Why an agent produced no answer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AgentError {
    /// The LLM failed after retries (timeouts, 5xx, rate limits, connection errors).
    #[error("the language model failed: {error}")]
    Llm {
        /// The last failure.
        error: LlmError,
        /// Requests made.
        attempts: u32,
    },
    /// The LLM answered something that is not what was asked for.
    #[error("the language model's answer could not be parsed")]
    Parsing,
    /// The circuit breaker is open: the LLM was not asked.
    #[error("the language model is unavailable")]
    Unavailable,
    /// No answer within SUGGESTION_DEADLINE_MS.
    #[error("no answer within the suggestion deadline")]
    Deadline,
    /// The agent panicked (caught; the server goes on).
    #[error("the agent panicked")]
    Panicked,
    /// Any other agent failure.
    #[error("agent failure: {0}")]
    Other(String),
}

impl AgentError {
    /// A stable label for logs and metrics (`llm_error`, `unparsable`…).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Llm { .. } => "llm_error",
            Self::Parsing => "unparsable",
            Self::Unavailable => "circuit_open",
            Self::Deadline => "deadline",
            Self::Panicked => "panicked",
            Self::Other(_) => "other",
        }
    }
}

impl From<CallError> for AgentError {
    fn from(error: CallError) -> Self {
        match error {
            CallError::Unavailable => Self::Unavailable,
            CallError::Failed { error, attempts } => Self::Llm { error, attempts },
        }
    }
}
