//! The LLM-backed closing detector: its own prompt
//! (`prompts/closing_detector/{version}.txt`), the same retry policy as the
//! orchestrator but its own retry budget and circuit breaker, on the backend (and
//! HTTP client) the orchestrator's provider uses.

use std::sync::Arc;

use async_trait::async_trait;
use tokio::time::Instant;
use tracing::Instrument;

use super::backend::{Backend, ChatRequest};
use super::breaker::{CircuitBreaker, CircuitState};
use super::error::{AgentError, excerpt};
use super::remote::{call_failure, render_prompt};
use super::retry::Retrier;
use crate::agents::closing::{ClosingAssessment, ClosingDetector};
use crate::agents::conversation::Conversation;
use crate::agents::parser::parse_closing;
use crate::agents::prompts::PromptKind;
use crate::agents::store::Snapshot;
use crate::agents::suggestion::SuggestionSource;

/// A closing detector that asks a remote LLM.
pub struct LlmClosingDetector {
    backend: Arc<dyn Backend>,
    breaker: CircuitBreaker,
    retrier: Retrier,
    version: String,
    stream: bool,
}

impl std::fmt::Debug for LlmClosingDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmClosingDetector")
            .field("backend", &self.backend.name())
            .field("breaker", &self.breaker.state())
            .field("version", &self.version)
            .finish_non_exhaustive()
    }
}

impl LlmClosingDetector {
    /// A detector calling `backend` through `retrier` and its own `breaker`, with
    /// the closing detector prompt `version`; `stream` as LLM_STREAM.
    #[must_use]
    pub fn new(
        backend: Arc<dyn Backend>,
        breaker: CircuitBreaker,
        retrier: Retrier,
        version: String,
        stream: bool,
    ) -> Self {
        Self {
            backend,
            breaker,
            retrier,
            version,
            stream,
        }
    }
}

#[async_trait]
impl ClosingDetector for LlmClosingDetector {
    fn name(&self) -> &'static str {
        self.backend.name()
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    fn circuit_state(&self) -> Option<CircuitState> {
        Some(self.breaker.state())
    }

    async fn assess(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        deadline: Instant,
    ) -> Result<ClosingAssessment, AgentError> {
        let prompt = render_prompt(
            snapshot,
            PromptKind::ClosingDetector,
            &self.version,
            conversation,
        )?;
        let request = ChatRequest {
            prompt,
            stream: self.stream,
        };
        let span = tracing::debug_span!("closing_detector", version = %self.version);
        let text = self
            .retrier
            .call(self.backend.as_ref(), &self.breaker, &request, deadline)
            .instrument(span)
            .await
            .map_err(|failure| call_failure("closing_detector", self.backend.name(), failure))?;
        parse_closing(&text).map_err(|error| {
            tracing::warn!(error = %error, raw = %excerpt(&text), "the LLM answer is not a closing assessment");
            AgentError::Parsing
        })
    }
}
