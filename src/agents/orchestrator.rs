//! The orchestrator: asks the provider for a suggestion and turns any failure into
//! a typed reply that still carries a fallback from the embedded analyzer.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use serde_json::json;
use tokio::time::{Instant, timeout_at};

use super::conversation::Conversation;
use super::experiment::{Experiment, Outcome};
use super::store::{PromptStore, Snapshot};
use super::suggestion::{Suggestion, SuggestionSource};
use crate::error::ErrorCode;
use crate::llm::breaker::CircuitState;
use crate::llm::error::AgentError;
use crate::llm::provider::Provider;

/// The outcome of answering one message.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A suggestion, and who produced it.
    Suggestion {
        /// The suggestion.
        suggestion: Suggestion,
        /// Its source.
        source: SuggestionSource,
    },
    /// A failure, reported as an error frame with a fallback.
    Failure {
        /// The error code.
        code: ErrorCode,
        /// A message fit for clients: no internals, no secrets.
        message: String,
        /// Structured details fit for clients.
        details: serde_json::Value,
        /// The embedded analyzer's suggestion for the same conversation.
        fallback: Suggestion,
    },
}

impl Reply {
    /// How the experiment counts this reply.
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        match self {
            Self::Suggestion { source, .. } => Outcome::Suggestion(*source),
            Self::Failure { code, .. } => Outcome::Error(*code),
        }
    }
}

/// Answers messages with the configured provider, falling back to the analyzer.
pub struct Orchestrator {
    provider: Arc<dyn Provider>,
    prompts: Arc<PromptStore>,
    experiment: Arc<Experiment>,
    deadline: Duration,
}

impl std::fmt::Debug for Orchestrator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Orchestrator")
            .field("provider", &self.provider.name())
            .finish_non_exhaustive()
    }
}

impl Orchestrator {
    /// An orchestrator over `provider`, with the analyzer of `prompts` for
    /// fallbacks, answering each message within `deadline` of its arrival
    /// (SUGGESTION_DEADLINE_MS) and counting outcomes per version in `experiment`.
    #[must_use]
    pub fn new(
        provider: Arc<dyn Provider>,
        prompts: Arc<PromptStore>,
        experiment: Arc<Experiment>,
        deadline: Duration,
    ) -> Self {
        Self {
            provider,
            prompts,
            experiment,
            deadline,
        }
    }

    /// The provider's name (`local`, `openai`, `aiyou`).
    #[must_use]
    pub fn provider_name(&self) -> &'static str {
        self.provider.name()
    }

    /// The provider's circuit state, if it has a breaker.
    #[must_use]
    pub fn circuit_state(&self) -> Option<CircuitState> {
        self.provider.circuit_state()
    }

    /// Answers the conversation's last message, accepted at `accepted_at`, within
    /// the suggestion deadline, with the prompts and playbook of `snapshot`; the
    /// outcome is counted for the conversation's prompt version. Never fails and
    /// never panics: an error, a panic or the deadline becomes a
    /// [`Reply::Failure`] with a fallback; an open circuit a fallback suggestion.
    pub async fn answer(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        accepted_at: Instant,
    ) -> Reply {
        let reply = self.reply(conversation, snapshot, accepted_at).await;
        let version = &conversation.prompt_version;
        let latency = accepted_at.elapsed();
        self.experiment
            .record_reply(version, reply.outcome(), latency);
        reply
    }

    async fn reply(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        accepted_at: Instant,
    ) -> Reply {
        let deadline = accepted_at + self.deadline;
        let call = timeout_at(
            deadline,
            self.provider.suggest(conversation, snapshot, deadline),
        );
        match AssertUnwindSafe(call).catch_unwind().await {
            Ok(Ok(Ok(suggestion))) => Reply::Suggestion {
                suggestion,
                source: self.provider.source(),
            },
            Ok(Ok(Err(AgentError::Unavailable))) => Reply::Suggestion {
                suggestion: fallback(snapshot, conversation, true),
                source: SuggestionSource::Fallback,
            },
            Ok(Ok(Err(error))) => self.failure(conversation, snapshot, &error),
            Ok(Err(_elapsed)) => {
                let deadline_ms = u64::try_from(self.deadline.as_millis()).unwrap_or(u64::MAX);
                tracing::warn!(
                    provider = self.provider.name(),
                    "no suggestion before the deadline"
                );
                self.failure(
                    conversation,
                    snapshot,
                    &AgentError::Deadline { deadline_ms },
                )
            }
            Err(_) => {
                tracing::error!(provider = self.provider.name(), "the provider panicked");
                Reply::Failure {
                    code: ErrorCode::InternalError,
                    message: "An unexpected error occurred; here is a fallback suggestion."
                        .to_owned(),
                    details: json!({}),
                    fallback: fallback(snapshot, conversation, false),
                }
            }
        }
    }

    fn failure(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        error: &AgentError,
    ) -> Reply {
        let mut details = json!({ "provider": self.provider.name() });
        if let AgentError::Llm { error, attempts } = error {
            details["attempts"] = json!(attempts);
            details["cause"] = json!(error.kind());
        }
        Reply::Failure {
            code: error.code(),
            message: error.to_string(),
            details,
            fallback: fallback(snapshot, conversation, false),
        }
    }

    /// The embedded analyzer's fallback for the conversation, from the current
    /// snapshot. `api_unavailable` marks a fallback given because the LLM is down.
    #[must_use]
    pub fn fallback(&self, conversation: &Conversation, api_unavailable: bool) -> Suggestion {
        fallback(&self.prompts.snapshot(), conversation, api_unavailable)
    }
}

/// The analyzer of `snapshot`'s fallback; never panics.
fn fallback(snapshot: &Snapshot, conversation: &Conversation, api_unavailable: bool) -> Suggestion {
    std::panic::catch_unwind(AssertUnwindSafe(|| {
        snapshot.analyzer.fallback(conversation, api_unavailable)
    }))
    .unwrap_or_else(|_| {
        tracing::error!("the embedded analyzer panicked while building a fallback");
        last_resort()
    })
}

/// Only used if the analyzer itself fails: better than no suggestion at all.
fn last_resort() -> Suggestion {
    Suggestion {
        questions: vec![
            "Could you tell me more about what matters most to you here?".to_owned(),
            "What would a good outcome of this call look like for you?".to_owned(),
        ],
        signals_detected: Vec::new(),
        recommended_direction: "Keep listening and clarify the client's main need.".to_owned(),
    }
}
