//! Building the configured agents: the embedded analyzer, or an LLM API behind
//! the shared HTTP client. Every agent calling the same upstream (provider, base
//! URL, model) — the orchestrator's provider, the closing detector and the
//! summarizer — shares its circuit breaker and retry budget: they live in the
//! [`UpstreamRegistry`], built here once and kept in the application state.
//! Every prompt is rendered within PROMPT_TOKEN_BUDGET.

use std::sync::Arc;

use anyhow::Context;

use super::agent::{ClosingDetector, Provider};
use super::local::LocalAgent;
use super::remote::{AssessClosing, LlmClosingDetector, LlmProvider, Suggest};
use super::summarizer::Summarizer;
use super::tokens::{Budget, TokenCounter};
use crate::config::{ClosingChoice, ProviderChoice, Settings};
use crate::llm;
use crate::llm::upstream::UpstreamRegistry;

/// The agent name of the orchestrator's provider, in logs and metrics.
pub const ORCHESTRATOR: &str = "orchestrator";
/// The agent name of the closing detector, in logs and metrics.
pub const CLOSING_DETECTOR: &str = "closing_detector";

/// The agent name of the summarizer, in logs and metrics.
pub const SUMMARIZER: &str = "summarizer";

/// What answers messages: the orchestrator's provider and the closing detector;
/// what folds the messages leaving a session's window into its summary; and the
/// upstreams they call.
pub struct Agents {
    /// Suggests what to say next.
    pub provider: Arc<Provider>,
    /// Says whether it is time to close.
    pub closing: Arc<ClosingDetector>,
    /// Writes the running summaries.
    pub summarizer: Arc<Summarizer>,
    /// Every upstream, each with the one breaker and retry budget its agents share.
    pub upstreams: Arc<UpstreamRegistry>,
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
    let upstreams = llm::build::registry(settings.effective_provider(), &settings.llm)
        .context("cannot build the HTTP client")?;
    let upstreams = Arc::new(upstreams);
    let budget = budget(settings);
    let summary_version = settings.memory.summarizer_prompt_version.clone();
    let deadline = settings.llm.deadline;
    let Some(client) = upstreams.client(ORCHESTRATOR) else {
        return Ok(Agents {
            provider: Arc::new(LocalAgent),
            closing: Arc::new(LocalAgent),
            summarizer: Arc::new(Summarizer::new(None, summary_version, budget, deadline)),
            upstreams,
        });
    };
    let provider = LlmProvider::new(client, Suggest).with_budget(budget);
    let closing: Arc<ClosingDetector> = match (
        settings.agents.closing_provider,
        upstreams.client(CLOSING_DETECTOR),
    ) {
        (ClosingChoice::Auto, Some(client)) => Arc::new(
            LlmClosingDetector::new(
                client,
                AssessClosing {
                    version: settings.agents.closing_detector_prompt_version.clone(),
                },
            )
            .with_budget(budget),
        ),
        _ => Arc::new(LocalAgent),
    };
    let summarizer = Summarizer::new(
        upstreams.client(SUMMARIZER),
        summary_version,
        budget,
        deadline,
    );
    Ok(Agents {
        provider: Arc::new(provider),
        closing,
        summarizer: Arc::new(summarizer),
        upstreams,
    })
}
