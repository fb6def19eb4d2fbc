//! The one interface both kinds of agent implement: a [`Provider`] suggests what
//! to say next, a [`ClosingDetector`] says whether it is time to close. Each has
//! a local implementation (the embedded analyzer, [`super::local`]) and an
//! LLM-backed one ([`super::remote`]); the orchestrator and the closing agent do
//! not care which answers.

use async_trait::async_trait;
use tokio::time::Instant;

use super::error::AgentError;
use super::store::PromptSnapshot;
use crate::domain::{ClosingAssessment, Conversation, Suggestion, SuggestionSource};
use crate::llm::breaker::CircuitState;

/// Produces a `T` about the last message of a conversation.
///
/// Implementations must be cancel-safe: the future is dropped when the client
/// goes away, a newer message replaces this one, or the deadline passes, and
/// nothing may be left half-done.
#[async_trait]
pub trait Agent<T>: Send + Sync {
    /// A short name for logs and `/ready` (`local`, `openai`, `aiyou`).
    fn name(&self) -> &'static str;

    /// What a successful answer is reported as in the frame's `meta.source`.
    fn source(&self) -> SuggestionSource;

    /// The state of the agent's circuit breaker, if it has one.
    fn circuit_state(&self) -> Option<CircuitState> {
        None
    }

    /// The answer at once, when the agent has it without waiting (the embedded
    /// analyzer: a few microseconds of CPU); `None` when it must be asked with
    /// [`run`](Self::run). Callers catch a panic here as `run`'s guard does.
    fn run_now(
        &self,
        _conversation: &Conversation,
        _prompts: &PromptSnapshot,
    ) -> Option<Result<T, AgentError>> {
        None
    }

    /// Works on the conversation's last message, by `deadline`
    /// (SUGGESTION_DEADLINE_MS after the message was accepted), with the
    /// templates and analyzer of `prompts` (the snapshot the whole message uses).
    ///
    /// # Errors
    /// An [`AgentError`] saying why there is no answer; [`AgentError::Unavailable`]
    /// when the agent's circuit is open.
    async fn run(
        &self,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
        deadline: Instant,
    ) -> Result<T, AgentError>;
}

/// An agent that suggests what to say next (LLM_PROVIDER).
pub type Provider = dyn Agent<Suggestion>;

/// An agent that estimates whether the conversation has reached a closing
/// opportunity (CLOSING_DETECTOR_PROVIDER).
pub type ClosingDetector = dyn Agent<ClosingAssessment>;
