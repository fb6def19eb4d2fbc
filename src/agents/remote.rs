//! The LLM-backed agents: render the agent's prompt from the message's snapshot,
//! ask the LLM through the agent's own client (retry loop and circuit breaker),
//! parse the answer. The provider uses the orchestrator prompt of each session's
//! version; the closing detector its own prompt (`closing_detector/{version}.txt`).

use async_trait::async_trait;
use tokio::time::Instant;
use tracing::Instrument;

use super::agent::Agent;
use super::error::AgentError;
use super::parser::{ParseError, parse_closing, parse_suggestion};
use super::prompts::PromptKind;
use super::render::render_prompt;
use super::store::PromptSnapshot;
use crate::domain::{ClosingAssessment, Conversation, Suggestion, SuggestionSource};
use crate::llm::breaker::CircuitState;
use crate::llm::client::LlmClient;
use crate::llm::error::excerpt;

/// Fewest questions a suggestion carries.
const MIN_QUESTIONS: usize = 2;

/// A provider that asks a remote LLM.
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
impl Agent<Suggestion> for LlmProvider {
    fn name(&self) -> &'static str {
        self.client.backend_name()
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    fn circuit_state(&self) -> Option<CircuitState> {
        Some(self.client.circuit_state())
    }

    async fn run(
        &self,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
        deadline: Instant,
    ) -> Result<Suggestion, AgentError> {
        let version = &conversation.prompt_version;
        let prompt = render_prompt(prompts, PromptKind::Orchestrator, version, conversation)?;
        let text = self.client.complete(prompt, deadline).await?;
        let mut suggestion = parse_suggestion(&text).map_err(|e| unparsable(&e, &text))?;
        if suggestion.questions.len() < MIN_QUESTIONS {
            let local = prompts.analyzer.analyze(conversation);
            let missing = MIN_QUESTIONS - suggestion.questions.len();
            suggestion
                .questions
                .extend(local.questions.into_iter().take(missing));
        }
        Ok(suggestion)
    }
}

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
impl Agent<ClosingAssessment> for LlmClosingDetector {
    fn name(&self) -> &'static str {
        self.client.backend_name()
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    fn circuit_state(&self) -> Option<CircuitState> {
        Some(self.client.circuit_state())
    }

    async fn run(
        &self,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
        deadline: Instant,
    ) -> Result<ClosingAssessment, AgentError> {
        let span = tracing::debug_span!("closing_detector", version = %self.version);
        let kind = PromptKind::ClosingDetector;
        let prompt = render_prompt(prompts, kind, &self.version, conversation)?;
        let text = self
            .client
            .complete(prompt, deadline)
            .instrument(span)
            .await?;
        parse_closing(&text).map_err(|e| unparsable(&e, &text))
    }
}

/// Logs an answer that is not what was asked for (an excerpt: the log, never a
/// frame, holds what the LLM said).
fn unparsable(error: &ParseError, text: &str) -> AgentError {
    tracing::warn!(error = %error, raw = %excerpt(text), "the LLM answer cannot be parsed");
    AgentError::Parsing
}
