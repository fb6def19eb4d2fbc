//! One agent's way to a remote LLM: a rendered prompt in, the LLM's text out,
//! through the agent's retry budget and circuit breaker over a shared backend. A
//! failure is logged once, here.

use std::sync::Arc;

use tokio::time::Instant;

use super::backend::{Backend, ChatRequest};
use super::breaker::{CircuitBreaker, CircuitState};
use super::error::{CallError, LlmError};
use super::retry::{Failure, Retrier};

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

    /// Sends `prompt` and returns the LLM's text, by `deadline`. Dropping the
    /// future cancels the call, retries and backoff included.
    ///
    /// # Errors
    /// [`CallError::Unavailable`] when the breaker refused the call outright;
    /// [`CallError::Failed`] when it failed (logged here).
    pub async fn complete(&self, prompt: String, deadline: Instant) -> Result<String, CallError> {
        let request = ChatRequest {
            prompt,
            stream: self.stream,
        };
        self.retrier
            .call(self.backend.as_ref(), &self.breaker, &request, deadline)
            .await
            .map(|answer| answer.text)
            .map_err(|failure| self.failure(failure))
    }

    fn failure(&self, failure: Failure) -> CallError {
        match failure {
            Failure {
                error: LlmError::CircuitOpen,
                attempts: 0,
            } => CallError::Unavailable,
            Failure { error, attempts } => {
                tracing::warn!(agent = self.agent, provider = self.backend.name(), attempts, cause = error.kind(), error = %error, "LLM call failed");
                CallError::Failed { error, attempts }
            }
        }
    }
}
