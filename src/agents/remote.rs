//! The LLM-backed agents: render the agent's prompt from the message's snapshot,
//! ask the LLM through the agent's client (the upstream's shared retry budget and
//! circuit breaker), read the answer. One [`LlmAgent`] does this for any [`Task`]: [`Suggest`]
//! (the provider: the orchestrator prompt of each session's version) and
//! [`AssessClosing`] (the closing detector: `closing_detector/{version}.txt`).

use async_trait::async_trait;
use tokio::time::Instant;
use tracing::Instrument;

use super::agent::Agent;
use super::error::AgentError;
use super::fit::render_prompt;
use super::parser::{ParseError, parse_closing, parse_suggestion};
use super::prompts::PromptKind;
use super::store::PromptSnapshot;
use super::tokens::Budget;
use crate::domain::{ClosingAssessment, Conversation, SessionId, Suggestion, SuggestionSource};
use crate::llm::breaker::CircuitState;
use crate::llm::client::LlmClient;
use crate::llm::error::excerpt;

/// Fewest questions a suggestion carries.
const MIN_QUESTIONS: usize = 2;

/// What an LLM-backed agent asks, and how it reads the answer.
pub trait Task: Send + Sync {
    /// What the agent produces.
    type Output;

    /// The kind of prompt it renders.
    const KIND: PromptKind;

    /// The prompt version for this conversation.
    fn version<'a>(&'a self, conversation: &'a Conversation) -> &'a str;

    /// Reads the LLM's `text`; the conversation and snapshot are there to
    /// complete a short answer.
    ///
    /// # Errors
    /// [`ParseError`] when the text is not what was asked for.
    fn read(
        &self,
        text: &str,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
    ) -> Result<Self::Output, ParseError>;
}

/// The provider's task: a suggestion, with the session's orchestrator prompt; an
/// answer with a single question is topped up from the embedded analyzer (with
/// a question the session was not suggested yet, while there is one).
#[derive(Debug, Clone, Copy, Default)]
pub struct Suggest;

impl Task for Suggest {
    type Output = Suggestion;
    const KIND: PromptKind = PromptKind::Orchestrator;

    fn version<'a>(&'a self, conversation: &'a Conversation) -> &'a str {
        &conversation.prompt_version
    }

    fn read(
        &self,
        text: &str,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
    ) -> Result<Suggestion, ParseError> {
        let mut suggestion = parse_suggestion(text)?;
        if suggestion.questions.len() < MIN_QUESTIONS {
            // The analyzer's picks avoid what the session was already suggested.
            let local = prompts.analyzer.analyze(conversation);
            for question in local.questions {
                if suggestion.questions.len() >= MIN_QUESTIONS {
                    break;
                }
                if !suggestion.questions.contains(&question) {
                    suggestion.questions.push(question);
                }
            }
        }
        Ok(suggestion)
    }
}

/// The closing detector's task: an assessment, with its own prompt version
/// (CLOSING_DETECTOR_PROMPT_VERSION).
#[derive(Debug, Clone)]
pub struct AssessClosing {
    /// The closing detector prompt version.
    pub version: String,
}

impl Task for AssessClosing {
    type Output = ClosingAssessment;
    const KIND: PromptKind = PromptKind::ClosingDetector;

    fn version<'a>(&'a self, _conversation: &'a Conversation) -> &'a str {
        &self.version
    }

    fn read(
        &self,
        text: &str,
        _conversation: &Conversation,
        _prompts: &PromptSnapshot,
    ) -> Result<ClosingAssessment, ParseError> {
        parse_closing(text)
    }
}

/// An agent that asks a remote LLM to do its [`Task`].
#[derive(Debug)]
pub struct LlmAgent<T> {
    client: LlmClient,
    task: T,
    budget: Option<Budget>,
}

/// The provider that asks a remote LLM.
pub type LlmProvider = LlmAgent<Suggest>;

/// The closing detector that asks a remote LLM.
pub type LlmClosingDetector = LlmAgent<AssessClosing>;

impl<T> LlmAgent<T> {
    /// An agent making its calls with `client` (on its upstream's breaker and
    /// retry budget).
    #[must_use]
    pub fn new(client: LlmClient, task: T) -> Self {
        Self {
            client,
            task,
            budget: None,
        }
    }

    /// The same agent, its prompts rendered within `budget` (PROMPT_TOKEN_BUDGET).
    #[must_use]
    pub fn with_budget(self, budget: Budget) -> Self {
        Self {
            budget: Some(budget),
            ..self
        }
    }

    /// Logs an answer that is not what was asked for (an excerpt: the log, never
    /// a frame, holds what the LLM said). The caller falls back to the analyzer
    /// and counts it (`callshadow_agent_fallbacks_total{reason="unparsable"}`).
    fn unparsable(&self, error: &ParseError, text: &str) -> AgentError {
        tracing::warn!(
            agent = self.client.agent(),
            upstream = %self.client.upstream().label(),
            error = %error,
            raw = %excerpt(text),
            "the LLM answer cannot be parsed; falling back to the analyzer"
        );
        AgentError::Parsing
    }
}

/// The key the upstream may cache a session's prompts by: a hash of the session
/// id (the id itself, which may resume the session, never leaves the server).
#[must_use]
pub fn cache_key(session: &SessionId) -> String {
    const PREFIX: &str = "callshadow-";
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    let hash = Sha256::digest(session.as_str().as_bytes());
    let mut key = String::with_capacity(PREFIX.len() + 24);
    key.push_str(PREFIX);
    for byte in hash.iter().take(12) {
        let _ = write!(key, "{byte:02x}");
    }
    key
}

#[async_trait]
impl<T: Task> Agent<T::Output> for LlmAgent<T> {
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
    ) -> Result<T::Output, AgentError> {
        let version = self.task.version(conversation);
        let span = tracing::debug_span!("llm_agent", kind = T::KIND.folder(), %version);
        let prompt = render_prompt(
            &prompts.prompts,
            T::KIND,
            version,
            conversation,
            self.budget.as_ref(),
        )?;
        let key = cache_key(&conversation.session_id);
        let text = self
            .client
            .complete_keyed(prompt, Some(key), deadline)
            .instrument(span)
            .await?;
        self.task
            .read(&text, conversation, prompts)
            .map_err(|error| self.unparsable(&error, &text))
    }
}
