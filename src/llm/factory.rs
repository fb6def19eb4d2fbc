//! Building the configured agents' backends: the embedded analyzer, or an LLM API
//! behind the shared HTTP client, each agent with its own retry budget and circuit
//! breaker (the orchestrator's provider and the closing detector share the backend).

use std::sync::Arc;

use anyhow::Context;

use super::aiyou::{AiYouBackend, AiYouConfig, Credentials};
use super::backend::{AttemptTimeouts, Backend};
use super::breaker::CircuitBreaker;
use super::client::LlmClient;
use super::closing::LlmClosingDetector;
use super::http::build_client;
use super::local::LocalProvider;
use super::openai::{OpenAiBackend, OpenAiConfig};
use super::provider::Provider;
use super::remote::LlmProvider;
use super::retry::{Retrier, RetryPolicy};
use crate::agents::closing::{ClosingDetector, LocalClosingDetector};
use crate::config::{ClosingChoice, LlmSettings, ProviderChoice, Settings};

/// The breaker name of the closing detector, in logs.
const CLOSING_BREAKER: &str = "closing_detector";

/// What answers messages: the orchestrator's provider and the closing detector.
pub struct Agents {
    /// Suggests what to say next.
    pub provider: Arc<dyn Provider>,
    /// Says whether it is time to close.
    pub closing: Arc<dyn ClosingDetector>,
}

/// The provider and closing detector the settings ask for.
///
/// # Errors
/// When the HTTP client cannot be built.
pub fn build_agents(settings: &Settings) -> anyhow::Result<Agents> {
    let llm = &settings.llm;
    let backend: Arc<dyn Backend> = match settings.effective_provider() {
        ProviderChoice::Local | ProviderChoice::Auto => {
            return Ok(Agents {
                provider: Arc::new(LocalProvider),
                closing: Arc::new(LocalClosingDetector),
            });
        }
        ProviderChoice::OpenAi => Arc::new(OpenAiBackend::new(client(llm)?, openai_config(llm))),
        ProviderChoice::AiYou => Arc::new(AiYouBackend::new(
            client(llm)?,
            aiyou_config(llm),
            llm.timeout,
        )),
    };
    let agent_client = |agent, breaker_name| {
        let breaker = CircuitBreaker::new(breaker_name, llm.breaker_threshold, llm.breaker_timeout);
        LlmClient::new(
            agent,
            Arc::clone(&backend),
            breaker,
            retrier(llm),
            llm.stream,
        )
    };
    let provider = LlmProvider::new(agent_client("orchestrator", backend.name()));
    let closing: Arc<dyn ClosingDetector> = match settings.agents.closing_provider {
        ClosingChoice::Local => Arc::new(LocalClosingDetector),
        ClosingChoice::Auto => Arc::new(LlmClosingDetector::new(
            agent_client("closing_detector", CLOSING_BREAKER),
            settings.agents.closing_detector_prompt_version.clone(),
        )),
    };
    Ok(Agents {
        provider: Arc::new(provider),
        closing,
    })
}

fn client(llm: &LlmSettings) -> anyhow::Result<reqwest::Client> {
    build_client(llm.timeout).context("cannot build the HTTP client")
}

/// The retry loop the settings describe.
#[must_use]
pub fn retrier(llm: &LlmSettings) -> Retrier {
    let policy = RetryPolicy {
        max_retries: llm.max_retries,
        initial_delay: llm.retry_initial_delay,
        max_delay: llm.retry_max_delay,
    };
    let timeouts = AttemptTimeouts {
        total: llm.timeout,
        first_token: llm.ttft_timeout,
    };
    #[expect(clippy::cast_precision_loss, reason = "a percentage, well within f32")]
    let percent = llm.retry_budget_percent as f32 / 100.0;
    Retrier::new(policy, timeouts, percent, llm.retry_budget_min_per_second)
}

fn openai_config(llm: &LlmSettings) -> OpenAiConfig {
    OpenAiConfig {
        base_url: llm.openai.base_url.clone(),
        api_key: llm.openai.api_key.clone(),
        model: llm.openai.model.clone(),
        temperature: llm.openai.temperature,
        max_tokens: llm.openai.max_tokens,
        json_mode: llm.openai.json_mode,
    }
}

fn aiyou_config(llm: &LlmSettings) -> AiYouConfig {
    let aiyou = &llm.aiyou;
    let credentials = match (&aiyou.bearer_token, &aiyou.email, &aiyou.password) {
        (Some(token), _, _) => Credentials::Bearer(token.clone()),
        (None, Some(email), Some(password)) => Credentials::Password {
            email: email.clone(),
            password: password.clone(),
        },
        _ => Credentials::Bearer(secrecy::SecretString::from(String::new())),
    };
    AiYouConfig {
        base_url: aiyou.base_url.clone(),
        credentials,
        assistant_id: aiyou.assistant_id.clone(),
        model: aiyou.model.clone(),
        temperature: llm.openai.temperature,
        max_tokens: llm.openai.max_tokens,
    }
}
