//! The LLM-backed closing detector: its own prompt
//! (`prompts/closing_detector/{version}.txt`), the same retry policy as the
//! orchestrator but its own retry budget and circuit breaker, on the backend (and
//! HTTP client) the orchestrator's provider uses.

use async_trait::async_trait;
use tokio::time::Instant;
use tracing::Instrument;

use super::breaker::CircuitState;
use super::client::LlmClient;
use super::error::{AgentError, excerpt};
use crate::agents::closing::{ClosingAssessment, ClosingDetector};
use crate::agents::conversation::Conversation;
use crate::agents::parser::parse_closing;
use crate::agents::prompts::PromptKind;
use crate::agents::store::Snapshot;
use crate::agents::suggestion::SuggestionSource;

/// A closing detector that asks a remote LLM.
#[derive(Debug)]
pub struct LlmClosingDetector {
    client: LlmClient,
    version: String,
}

impl LlmClosingDetector {
    /// A detector making its calls with `client` (its own breaker and retry
    /// budget), with the closing detector prompt `version`.
    #[must_use]
    pub fn new(client: LlmClient, version: String) -> Self {
        Self { client, version }
    }
}

#[async_trait]
impl ClosingDetector for LlmClosingDetector {
    fn name(&self) -> &'static str {
        self.client.backend_name()
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    fn circuit_state(&self) -> Option<CircuitState> {
        Some(self.client.circuit_state())
    }

    async fn assess(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        deadline: Instant,
    ) -> Result<ClosingAssessment, AgentError> {
        let span = tracing::debug_span!("closing_detector", version = %self.version);
        let kind = PromptKind::ClosingDetector;
        let text = self
            .client
            .ask(kind, &self.version, conversation, snapshot, deadline)
            .instrument(span)
            .await?;
        parse_closing(&text).map_err(|error| {
            tracing::warn!(error = %error, raw = %excerpt(&text), "the LLM answer is not a closing assessment");
            AgentError::Parsing
        })
    }
}
