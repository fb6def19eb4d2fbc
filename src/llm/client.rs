//! One agent's way to a remote LLM: render its prompt from the message's snapshot,
//! call the shared backend through the agent's own retry budget and circuit
//! breaker, and report a failure once. The orchestrator's provider and the closing
//! detector each hold one, over the same backend.

use std::sync::Arc;

use tokio::time::Instant;

use super::backend::{Backend, ChatRequest};
use super::breaker::{CircuitBreaker, CircuitState};
use super::error::{AgentError, LlmError};
use super::retry::{Failure, Retrier};
use crate::agents::context::prompt_value;
use crate::agents::conversation::Conversation;
use crate::agents::prompts::PromptKind;
use crate::agents::store::Snapshot;

/// An agent's LLM calls.
pub struct LlmClient {
    agent: &'static str,
    backend: Arc<dyn Backend>,
    breaker: CircuitBreaker,
    retrier: Retrier,
    stream: bool,
}

impl std::fmt::Debug for LlmClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmClient")
            .field("agent", &self.agent)
            .field("backend", &self.backend.name())
            .field("breaker", &self.breaker.state())
            .field("stream", &self.stream)
            .finish_non_exhaustive()
    }
}

impl LlmClient {
    /// Calls for `agent` (a name for logs) to `backend` through `retrier` and
    /// `breaker`; `stream` as LLM_STREAM.
    #[must_use]
    pub fn new(
        agent: &'static str,
        backend: Arc<dyn Backend>,
        breaker: CircuitBreaker,
        retrier: Retrier,
        stream: bool,
    ) -> Self {
        Self {
            agent,
            backend,
            breaker,
            retrier,
            stream,
        }
    }

    /// The backend's name (`openai`, `aiyou`).
    #[must_use]
    pub fn backend_name(&self) -> &'static str {
        self.backend.name()
    }

    /// The state of this agent's circuit breaker.
    #[must_use]
    pub fn circuit_state(&self) -> CircuitState {
        self.breaker.state()
    }

    /// Renders the `kind` prompt `version` of `snapshot` for the conversation and
    /// returns the LLM's text, by `deadline`.
    ///
    /// # Errors
    /// [`AgentError::Unavailable`] when the breaker refused the call outright;
    /// [`AgentError::Llm`] when it failed (logged here); [`AgentError::Other`] when
    /// the snapshot lacks the template (start-up and reloads check the configured
    /// versions, so that is a bug).
    pub async fn ask(
        &self,
        kind: PromptKind,
        version: &str,
        conversation: &Conversation,
        snapshot: &Snapshot,
        deadline: Instant,
    ) -> Result<String, AgentError> {
        let template = snapshot
            .prompts
            .get(kind, version)
            .ok_or_else(|| AgentError::Other(format!("no {} prompt {version}", kind.folder())))?;
        let request = ChatRequest {
            prompt: template.render(|name| prompt_value(kind, conversation, name)),
            stream: self.stream,
        };
        self.retrier
            .call(self.backend.as_ref(), &self.breaker, &request, deadline)
            .await
            .map_err(|failure| self.failure(failure))
    }

    fn failure(&self, failure: Failure) -> AgentError {
        match failure {
            Failure {
                error: LlmError::CircuitOpen,
                attempts: 0,
            } => AgentError::Unavailable,
            Failure { error, attempts } => {
                tracing::warn!(agent = self.agent, provider = self.backend.name(), attempts, cause = error.kind(), error = %error, "LLM call failed");
                AgentError::Llm { error, attempts }
            }
        }
    }
}
