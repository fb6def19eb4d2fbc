//! Building the configured agents: the embedded analyzer, or an LLM API behind
//! the shared HTTP client, each agent with its own retry budget and circuit
//! breaker (the orchestrator's provider, the closing detector and the summarizer
//! share the backend), every prompt within PROMPT_TOKEN_BUDGET.

use std::sync::Arc;

use anyhow::Context;

use super::agent::{ClosingDetector, Provider};
use super::local::LocalAgent;
use super::remote::{AssessClosing, LlmClosingDetector, LlmProvider, Suggest};
use super::summarizer::Summarizer;
use super::tokens::{Budget, TokenCounter};
use crate::config::{ClosingChoice, ProviderChoice, Settings};
use crate::llm;

/// The breaker name of the closing detector, in logs.
const CLOSING_BREAKER: &str = "closing_detector";

/// The breaker name of the summarizer, in logs.
const SUMMARIZER_BREAKER: &str = "summarizer";

/// What answers messages: the orchestrator's provider and the closing detector;
/// and what folds the messages leaving a session's window into its summary.
pub struct Agents {
    /// Suggests what to say next.
    pub provider: Arc<Provider>,
    /// Says whether it is time to close.
    pub closing: Arc<ClosingDetector>,
    /// Writes the running summaries.
    pub summarizer: Arc<Summarizer>,
}

/// PROMPT_TOKEN_BUDGET, counted for the tokenizer family of the configured
/// model (PROMPT_TOKENIZER).
#[must_use]
pub fn budget(settings: &Settings) -> Budget {
    let model = match settings.effective_provider() {
        ProviderChoice::AiYou => settings.llm.aiyou.model.clone().unwrap_or_default(),
        _ => settings.llm.openai.model.clone(),
    };
    let family = settings.memory.tokenizer.resolve(&model);
    Budget::new(
        settings.memory.prompt_token_budget,
        TokenCounter::new(family),
    )
}

/// The provider and closing detector the settings ask for.
///
/// # Errors
/// When the HTTP client cannot be built.
pub fn build_agents(settings: &Settings) -> anyhow::Result<Agents> {
    let llm = &settings.llm;
    let backend = llm::build::backend(settings.effective_provider(), llm)
        .context("cannot build the HTTP client")?;
    let budget = budget(settings);
    let summary_version = settings.memory.summarizer_prompt_version.clone();
    let Some(backend) = backend else {
        return Ok(Agents {
            provider: Arc::new(LocalAgent),
            closing: Arc::new(LocalAgent),
            summarizer: Arc::new(Summarizer::new(None, summary_version, budget, llm.deadline)),
        });
    };
    let client = llm::build::client("orchestrator", backend.name(), &backend, llm);
    let provider = LlmProvider::new(client, Suggest).with_budget(budget);
    let closing: Arc<ClosingDetector> = match settings.agents.closing_provider {
        ClosingChoice::Local => Arc::new(LocalAgent),
        ClosingChoice::Auto => Arc::new(
            LlmClosingDetector::new(
                llm::build::client("closing_detector", CLOSING_BREAKER, &backend, llm),
                AssessClosing {
                    version: settings.agents.closing_detector_prompt_version.clone(),
                },
            )
            .with_budget(budget),
        ),
    };
    let summarizer_client = llm::build::client("summarizer", SUMMARIZER_BREAKER, &backend, llm);
    let summarizer = Summarizer::new(
        Some(summarizer_client),
        summary_version,
        budget,
        llm.deadline,
    );
    Ok(Agents {
        provider: Arc::new(provider),
        closing,
        summarizer: Arc::new(summarizer),
    })
}
