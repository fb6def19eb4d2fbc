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
        self.complete_keyed(prompt, None, deadline).await
    }

    /// As [`LlmClient::complete`], with the key the upstream may cache the
    /// prompt's prefix by (see [`ChatRequest::cache_key`]). The tokens the
    /// answer reports are logged.
    ///
    /// # Errors
    /// As [`LlmClient::complete`].
    pub async fn complete_keyed(
        &self,
        prompt: String,
        cache_key: Option<String>,
        deadline: Instant,
    ) -> Result<String, CallError> {
        let request = ChatRequest {
            prompt,
            stream: self.stream,
            cache_key,
        };
        let answer = self
            .retrier
            .call(self.backend.as_ref(), &self.breaker, &request, deadline)
            .await
            .map_err(|failure| self.failure(failure))?;
        if let Some(usage) = answer.usage {
            tracing::info!(
                agent = self.agent,
                prompt_tokens = usage.prompt_tokens,
                cached_tokens = usage.cached_tokens,
                completion_tokens = usage.completion_tokens,
                "LLM answered"
            );
        }
        Ok(answer.text)
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
