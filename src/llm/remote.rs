//! The LLM-backed provider: render the prompt, call the backend through the retry
//! loop and the circuit breaker, parse the answer into a suggestion.

use std::sync::Arc;

use async_trait::async_trait;
use tokio::time::Instant;

use super::backend::{Backend, ChatRequest};
use super::breaker::{CircuitBreaker, CircuitState};
use super::error::{AgentError, LlmError, excerpt};
use super::provider::Provider;
use super::retry::{Failure, Retrier};
use crate::agents::context::prompt_value;
use crate::agents::conversation::Conversation;
use crate::agents::parser::parse_suggestion;
use crate::agents::prompts::PromptKind;
use crate::agents::store::Snapshot;
use crate::agents::suggestion::{Suggestion, SuggestionSource};

/// Fewest questions a suggestion carries.
const MIN_QUESTIONS: usize = 2;

/// A provider that asks a remote LLM.
pub struct LlmProvider {
    backend: Arc<dyn Backend>,
    breaker: CircuitBreaker,
    retrier: Retrier,
    stream: bool,
}

impl std::fmt::Debug for LlmProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmProvider")
            .field("backend", &self.backend.name())
            .field("breaker", &self.breaker.state())
            .field("stream", &self.stream)
            .finish_non_exhaustive()
    }
}

impl LlmProvider {
    /// A provider calling `backend` through `retrier` and `breaker`, rendering the
    /// orchestrator prompt of each message's snapshot; `stream` as LLM_STREAM.
    #[must_use]
    pub fn new(
        backend: Arc<dyn Backend>,
        breaker: CircuitBreaker,
        retrier: Retrier,
        stream: bool,
    ) -> Self {
        Self {
            backend,
            breaker,
            retrier,
            stream,
        }
    }
}

/// Renders the `kind` template of `version` from `snapshot` for the conversation.
///
/// # Errors
/// [`AgentError::Other`] when the snapshot has no such template (start-up and
/// reloads check the configured versions, so this means a bug).
pub fn render_prompt(
    snapshot: &Snapshot,
    kind: PromptKind,
    version: &str,
    conversation: &Conversation,
) -> Result<String, AgentError> {
    let template = snapshot
        .prompts
        .get(kind, version)
        .ok_or_else(|| AgentError::Other(format!("no {} prompt {version}", kind.folder())))?;
    Ok(template.render(|name| prompt_value(kind, conversation, name)))
}

/// The agent error a failed call of `agent` (to `backend`) is reported with; logged
/// here, once. A call the breaker refused outright is [`AgentError::Unavailable`].
#[must_use]
pub fn call_failure(agent: &'static str, backend: &'static str, failure: Failure) -> AgentError {
    match failure {
        Failure {
            error: LlmError::CircuitOpen,
            attempts: 0,
        } => AgentError::Unavailable,
        Failure { error, attempts } => {
            tracing::warn!(agent, provider = backend, attempts, cause = error.kind(), error = %error, "LLM call failed");
            AgentError::Llm { error, attempts }
        }
    }
}

#[async_trait]
impl Provider for LlmProvider {
    fn name(&self) -> &'static str {
        self.backend.name()
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    fn circuit_state(&self) -> Option<CircuitState> {
        Some(self.breaker.state())
    }

    async fn suggest(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        deadline: Instant,
    ) -> Result<Suggestion, AgentError> {
        let version = &conversation.prompt_version;
        let request = ChatRequest {
            prompt: render_prompt(snapshot, PromptKind::Orchestrator, version, conversation)?,
            stream: self.stream,
        };
        let text = self
            .retrier
            .call(self.backend.as_ref(), &self.breaker, &request, deadline)
            .await
            .map_err(|failure| call_failure("orchestrator", self.backend.name(), failure))?;
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
