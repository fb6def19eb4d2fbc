//! The orchestrator: asks the provider for a suggestion within the message's
//! deadline, and turns any failure into a [`Reply::Failure`] that still carries
//! a fallback from the embedded analyzer.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::agent::Provider;
use super::build::ORCHESTRATOR;
use super::error::AgentError;
use super::guard::guarded;
use super::metrics;
use super::store::{PromptSnapshot, PromptStore};
use crate::domain::{Conversation, Suggestion, SuggestionSource};
use crate::llm::breaker::CircuitState;

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
    /// No suggestion from the provider: the client gets an error with a fallback.
    Failure {
        /// Why (for logs, and for `crate::error` to choose what the client sees).
        error: AgentError,
        /// The embedded analyzer's suggestion for the same conversation.
        fallback: Suggestion,
    },
}

/// Answers messages with the configured provider, falling back to the analyzer.
pub struct Orchestrator {
    provider: Arc<Provider>,
    prompts: Arc<PromptStore>,
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
    /// fallbacks, answering each message within `deadline` of its acceptance
    /// (SUGGESTION_DEADLINE_MS).
    #[must_use]
    pub fn new(provider: Arc<Provider>, prompts: Arc<PromptStore>, deadline: Duration) -> Self {
        Self {
            provider,
            prompts,
            deadline,
        }
    }

    /// The provider's name (`local`, `openai`, `aiyou`).
    #[must_use]
    pub fn provider_name(&self) -> &'static str {
        self.provider.name()
    }

    /// The circuit state of the provider's upstream, if it calls one.
    #[must_use]
    pub fn circuit_state(&self) -> Option<CircuitState> {
        self.provider.circuit_state()
    }

    /// Answers the conversation's last message, accepted at `accepted_at`, with
    /// the prompts and playbook of `snapshot`; `None` once `cancel` fires (the
    /// client left). Never fails and never panics: an error, a panic or the
    /// deadline becomes a [`Reply::Failure`] with a fallback; an open circuit a
    /// fallback suggestion; either is counted
    /// (`callshadow_agent_fallbacks_total{agent="orchestrator"}`).
    pub async fn answer(
        &self,
        conversation: &Conversation,
        snapshot: &PromptSnapshot,
        accepted_at: Instant,
        cancel: &CancellationToken,
    ) -> Option<Reply> {
        let deadline = accepted_at + self.deadline;
        let call = self.provider.run(conversation, snapshot, deadline);
        let result = guarded(self.provider.name(), deadline, cancel, call).await?;
        if let Err(error) = &result {
            metrics::fallback(ORCHESTRATOR, error);
        }
        Some(match result {
            Ok(suggestion) => Reply::Suggestion {
                suggestion,
                source: self.provider.source(),
            },
            Err(AgentError::Unavailable) => Reply::Suggestion {
                suggestion: fallback(snapshot, conversation, true),
                source: SuggestionSource::Fallback,
            },
            Err(error) => Reply::Failure {
                error,
                fallback: fallback(snapshot, conversation, false),
            },
        })
    }

    /// The embedded analyzer's fallback for the conversation, from the current
    /// snapshot. `api_unavailable` marks a fallback given because the LLM is down.
    #[must_use]
    pub fn fallback(&self, conversation: &Conversation, api_unavailable: bool) -> Suggestion {
        fallback(&self.prompts.snapshot(), conversation, api_unavailable)
    }
}

/// The analyzer of `snapshot`'s fallback; never panics.
fn fallback(
    snapshot: &PromptSnapshot,
    conversation: &Conversation,
    api_unavailable: bool,
) -> Suggestion {
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
