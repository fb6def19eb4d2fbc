//! One agent's way to a remote LLM: a rendered prompt in, the LLM's text out,
//! through the retry budget and circuit breaker of the upstream it calls (shared
//! with every other agent calling it, see [`super::upstream`]). A failure is
//! logged once, here, naming the agent and the upstream.

use std::sync::Arc;

use tokio::time::Instant;

use super::backend::ChatRequest;
use super::breaker::CircuitState;
use super::error::{CallError, LlmError};
use super::metrics::{Caller, UpstreamSeries};
use super::retry::Failure;
use super::upstream::Upstream;

/// An agent's LLM calls.
pub struct LlmClient {
    agent: &'static str,
    upstream: Arc<Upstream>,
    /// The agent's series (its requests, latency, tokens) on this upstream.
    series: UpstreamSeries,
}

impl std::fmt::Debug for LlmClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmClient")
            .field("agent", &self.agent)
            .field("upstream", &self.upstream)
            .finish_non_exhaustive()
    }
}

impl LlmClient {
    /// Calls for `agent` (a name for logs and metrics) to `upstream`, through its
    /// breaker and retry budget.
    #[must_use]
    pub fn new(agent: &'static str, upstream: Arc<Upstream>) -> Self {
        let series = UpstreamSeries::new(Caller {
            agent,
            provider: upstream.provider(),
            upstream: upstream.shared_label(),
        });
        Self {
            agent,
            upstream,
            series,
        }
    }

    /// The agent's name.
    #[must_use]
    pub fn agent(&self) -> &'static str {
        self.agent
    }

    /// The backend's name (`openai`, `aiyou`).
    #[must_use]
    pub fn backend_name(&self) -> &'static str {
        self.upstream.provider()
    }

    /// The upstream called.
    #[must_use]
    pub fn upstream(&self) -> &Arc<Upstream> {
        &self.upstream
    }

    /// The state of the upstream's circuit breaker.
    #[must_use]
    pub fn circuit_state(&self) -> CircuitState {
        self.upstream.circuit_state()
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
        let upstream = &self.upstream;
        let request = ChatRequest {
            prompt,
            stream: upstream.stream(),
            cache_key,
        };
        let answer = upstream
            .retrier()
            .call(
                upstream.backend(),
                upstream.breaker(),
                &self.series,
                &request,
                deadline,
            )
            .await
            .map_err(|failure| self.failure(failure))?;
        if let Some(usage) = answer.usage {
            tracing::info!(
                agent = self.agent,
                upstream = %upstream.label(),
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
                tracing::warn!(
                    agent = self.agent,
                    upstream = %self.upstream.label(),
                    attempts,
                    cause = error.kind(),
                    error = %error,
                    upstream_says = error.upstream_says(),
                    "LLM call failed"
                );
                CallError::Failed { error, attempts }
            }
        }
    }
}
