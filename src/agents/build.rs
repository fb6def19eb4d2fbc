//! Building the configured agents: the embedded analyzer, or an LLM API behind
//! the shared HTTP client. Every agent calling the same upstream (provider, base
//! URL, model) shares its circuit breaker and retry budget: they live in the
//! [`UpstreamRegistry`], built here once and kept in the application state, where
//! any other agent (a summarizer, say) gets its calls with
//! `registry.client("summarizer")`.

use std::sync::Arc;

use anyhow::Context;

use super::agent::{ClosingDetector, Provider};
use super::local::LocalAgent;
use super::remote::{AssessClosing, LlmClosingDetector, LlmProvider, Suggest};
use crate::config::{ClosingChoice, Settings};
use crate::llm;
use crate::llm::upstream::UpstreamRegistry;

/// The agent name of the orchestrator's provider, in logs and metrics.
pub const ORCHESTRATOR: &str = "orchestrator";
/// The agent name of the closing detector, in logs and metrics.
pub const CLOSING_DETECTOR: &str = "closing_detector";

/// What answers messages: the orchestrator's provider and the closing detector,
/// and the upstreams they call.
pub struct Agents {
    /// Suggests what to say next.
    pub provider: Arc<Provider>,
    /// Says whether it is time to close.
    pub closing: Arc<ClosingDetector>,
    /// Every upstream, each with the one breaker and retry budget its agents share.
    pub upstreams: Arc<UpstreamRegistry>,
}

/// The provider and closing detector the settings ask for.
///
/// # Errors
/// When the HTTP client cannot be built.
pub fn build_agents(settings: &Settings) -> anyhow::Result<Agents> {
    let upstreams = llm::build::registry(settings.effective_provider(), &settings.llm)
        .context("cannot build the HTTP client")?;
    let upstreams = Arc::new(upstreams);
    let Some(client) = upstreams.client(ORCHESTRATOR) else {
        return Ok(Agents {
            provider: Arc::new(LocalAgent),
            closing: Arc::new(LocalAgent),
            upstreams,
        });
    };
    let provider = LlmProvider::new(client, Suggest);
    let closing: Arc<ClosingDetector> = match (
        settings.agents.closing_provider,
        upstreams.client(CLOSING_DETECTOR),
    ) {
        (ClosingChoice::Auto, Some(client)) => Arc::new(LlmClosingDetector::new(
            client,
            AssessClosing {
                version: settings.agents.closing_detector_prompt_version.clone(),
            },
        )),
        _ => Arc::new(LocalAgent),
    };
    Ok(Agents {
        provider: Arc::new(provider),
        closing,
        upstreams,
    })
}
