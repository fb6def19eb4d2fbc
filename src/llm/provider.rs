//! The interface every suggestion provider implements: the embedded analyzer and
//! the LLM-backed providers alike, so the orchestrator does not care which answers.

use async_trait::async_trait;
use tokio::time::Instant;

use crate::agents::conversation::Conversation;
use crate::agents::store::Snapshot;
use crate::agents::suggestion::{Suggestion, SuggestionSource};
use crate::llm::breaker::CircuitState;
use crate::llm::error::AgentError;

/// Answers the last message of a conversation with a suggestion.
///
/// Implementations must be cancel-safe: the orchestrator drops the future when the
/// client goes away or the deadline passes, and nothing may be left half-done.
#[async_trait]
pub trait Provider: Send + Sync {
    /// A short name for logs and `/ready` (`local`, `openai`, `aiyou`).
    fn name(&self) -> &'static str;

    /// What a successful answer is reported as in `meta.source`.
    fn source(&self) -> SuggestionSource;

    /// The state of the provider's circuit breaker, if it has one.
    fn circuit_state(&self) -> Option<CircuitState> {
        None
    }

    /// Suggests what the agent should do after the conversation's last message,
    /// by `deadline` (SUGGESTION_DEADLINE_MS after the message arrived), with the
    /// prompts and playbook of `snapshot` (the one the whole message uses).
    ///
    /// # Errors
    /// An [`AgentError`] saying why no suggestion could be produced; the
    /// orchestrator turns it into an error frame that carries a fallback.
    async fn suggest(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        deadline: Instant,
    ) -> Result<Suggestion, AgentError>;
}
