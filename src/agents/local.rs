//! The embedded analyzer as an agent, both as the provider (LLM_PROVIDER=local)
//! and as the closing detector (CLOSING_DETECTOR_PROVIDER=local, or no LLM). It
//! answers with the analyzer of the message's prompt snapshot, so a playbook
//! reload applies at once.

use async_trait::async_trait;
use tokio::time::Instant;

use super::agent::Agent;
use super::error::AgentError;
use super::store::PromptSnapshot;
use crate::domain::{ClosingAssessment, Conversation, Suggestion, SuggestionSource};

/// The embedded analyzer, as a provider and as a closing detector.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalAgent;

/// The name of the local agent in logs and `/ready`.
const NAME: &str = "local";

#[async_trait]
impl Agent<Suggestion> for LocalAgent {
    fn name(&self) -> &'static str {
        NAME
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Local
    }

    async fn run(
        &self,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
        _deadline: Instant,
    ) -> Result<Suggestion, AgentError> {
        Ok(prompts.analyzer.analyze(conversation))
    }
}

#[async_trait]
impl Agent<ClosingAssessment> for LocalAgent {
    fn name(&self) -> &'static str {
        NAME
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Local
    }

    fn run_now(
        &self,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
    ) -> Option<Result<ClosingAssessment, AgentError>> {
        Some(Ok(prompts.analyzer.closing(conversation)))
    }

    async fn run(
        &self,
        conversation: &Conversation,
        prompts: &PromptSnapshot,
        _deadline: Instant,
    ) -> Result<ClosingAssessment, AgentError> {
        Ok(prompts.analyzer.closing(conversation))
    }
}
