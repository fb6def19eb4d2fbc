//! Building the configured agents: the embedded analyzer, or an LLM API behind
//! the shared HTTP client, each agent with its own retry budget and circuit
//! breaker (the orchestrator's provider and the closing detector share the backend).

use std::sync::Arc;

use anyhow::Context;

use super::agent::{ClosingDetector, Provider};
use super::local::LocalAgent;
use super::remote::{AssessClosing, LlmClosingDetector, LlmProvider, Suggest};
use crate::config::{ClosingChoice, Settings};
use crate::llm;

/// The breaker name of the closing detector, in logs.
const CLOSING_BREAKER: &str = "closing_detector";

/// What answers messages: the orchestrator's provider and the closing detector.
pub struct Agents {
    /// Suggests what to say next.
    pub provider: Arc<Provider>,
    /// Says whether it is time to close.
    pub closing: Arc<ClosingDetector>,
}

/// The provider and closing detector the settings ask for.
///
/// # Errors
/// When the HTTP client cannot be built.
pub fn build_agents(settings: &Settings) -> anyhow::Result<Agents> {
    let llm = &settings.llm;
    let backend = llm::build::backend(settings.effective_provider(), llm)
        .context("cannot build the HTTP client")?;
    let Some(backend) = backend else {
        return Ok(Agents {
            provider: Arc::new(LocalAgent),
            closing: Arc::new(LocalAgent),
        });
    };
    let client = llm::build::client("orchestrator", backend.name(), &backend, llm);
    let provider = LlmProvider::new(client, Suggest);
    let closing: Arc<ClosingDetector> = match settings.agents.closing_provider {
        ClosingChoice::Local => Arc::new(LocalAgent),
        ClosingChoice::Auto => Arc::new(LlmClosingDetector::new(
            llm::build::client("closing_detector", CLOSING_BREAKER, &backend, llm),
            AssessClosing {
                version: settings.agents.closing_detector_prompt_version.clone(),
            },
        )),
    };
    Ok(Agents {
        provider: Arc::new(provider),
        closing,
    })
}
