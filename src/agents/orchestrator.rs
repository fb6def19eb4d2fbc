//! The orchestrator: asks the provider for a suggestion and turns any failure into
//! a typed reply that still carries a fallback from the embedded analyzer.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures_util::FutureExt;
use serde_json::json;

use super::conversation::Conversation;
use super::suggestion::{Suggestion, SuggestionSource};
use crate::error::ErrorCode;
use crate::llm::local::LocalAnalyzer;
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

/// Answers messages with the configured provider, falling back to the analyzer.
pub struct Orchestrator {
    provider: Arc<dyn Provider>,
    analyzer: Arc<LocalAnalyzer>,
}

impl std::fmt::Debug for Orchestrator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Orchestrator")
            .field("provider", &self.provider.name())
            .finish_non_exhaustive()
    }
}

impl Orchestrator {
    /// An orchestrator over `provider`, with `analyzer` for fallbacks.
    #[must_use]
    pub fn new(provider: Arc<dyn Provider>, analyzer: Arc<LocalAnalyzer>) -> Self {
        Self { provider, analyzer }
    }

    /// The provider's name (`local`, `openai`, `aiyou`).
    #[must_use]
    pub fn provider_name(&self) -> &'static str {
        self.provider.name()
    }

    /// Answers the conversation's last message. Never fails and never panics:
    /// a provider error or panic becomes a [`Reply::Failure`] with a fallback.
    pub async fn answer(&self, conversation: &Conversation) -> Reply {
        let outcome = AssertUnwindSafe(self.provider.suggest(conversation))
            .catch_unwind()
            .await;
        match outcome {
            Ok(Ok(suggestion)) => Reply::Suggestion {
                suggestion,
                source: self.provider.source(),
            },
            Ok(Err(error)) => {
                tracing::warn!(error = %error, provider = self.provider.name(), "no suggestion from the provider");
                Reply::Failure {
                    code: error.code(),
                    message: error.to_string(),
                    details: json!({ "provider": self.provider.name() }),
                    fallback: self.fallback(conversation, false),
                }
            }
            Err(_) => {
                tracing::error!(provider = self.provider.name(), "the provider panicked");
                Reply::Failure {
                    code: ErrorCode::InternalError,
                    message: "An unexpected error occurred; here is a fallback suggestion."
                        .to_owned(),
                    details: json!({}),
                    fallback: self.fallback(conversation, false),
                }
            }
        }
    }

    /// The embedded analyzer's fallback for the conversation. `api_unavailable`
    /// marks a fallback given because the LLM is down.
    #[must_use]
    pub fn fallback(&self, conversation: &Conversation, api_unavailable: bool) -> Suggestion {
        std::panic::catch_unwind(AssertUnwindSafe(|| {
            self.analyzer.fallback(conversation, api_unavailable)
        }))
        .unwrap_or_else(|_| {
            tracing::error!("the embedded analyzer panicked while building a fallback");
            last_resort()
        })
    }
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
