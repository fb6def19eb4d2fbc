//! The LLM-backed provider: render the prompt, call the backend through the retry
//! loop and the circuit breaker, parse the answer into a suggestion.

use async_trait::async_trait;
use tokio::time::Instant;

use super::breaker::CircuitState;
use super::client::LlmClient;
use super::error::{AgentError, excerpt};
use super::provider::Provider;
use crate::agents::conversation::Conversation;
use crate::agents::parser::parse_suggestion;
use crate::agents::prompts::PromptKind;
use crate::agents::store::Snapshot;
use crate::agents::suggestion::{Suggestion, SuggestionSource};

/// Fewest questions a suggestion carries.
const MIN_QUESTIONS: usize = 2;

/// A provider that asks a remote LLM, with the orchestrator prompt of each
/// session's version.
#[derive(Debug)]
pub struct LlmProvider {
    client: LlmClient,
}

impl LlmProvider {
    /// A provider making its calls with `client`.
    #[must_use]
    pub fn new(client: LlmClient) -> Self {
        Self { client }
    }
}

#[async_trait]
impl Provider for LlmProvider {
    fn name(&self) -> &'static str {
        self.client.backend_name()
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    fn circuit_state(&self) -> Option<CircuitState> {
        Some(self.client.circuit_state())
    }

    async fn suggest(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        deadline: Instant,
    ) -> Result<Suggestion, AgentError> {
        let version = &conversation.prompt_version;
        let text = self
            .client
            .ask(
                PromptKind::Orchestrator,
                version,
                conversation,
                snapshot,
                deadline,
            )
            .await?;
        let mut suggestion = parse_suggestion(&text).map_err(|error| {
            tracing::warn!(error = %error, raw = %excerpt(&text), "the LLM answer is not a suggestion");
            AgentError::Parsing
        })?;
        if suggestion.questions.len() < MIN_QUESTIONS {
            let local = snapshot.analyzer.analyze(conversation);
            let missing = MIN_QUESTIONS - suggestion.questions.len();
            suggestion
                .questions
                .extend(local.questions.into_iter().take(missing));
        }
        Ok(suggestion)
    }
}
