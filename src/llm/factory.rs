//! Building the configured provider: the embedded analyzer, or an LLM API behind
//! the shared HTTP client, the retry loop and a circuit breaker.

use std::sync::Arc;

use anyhow::Context;

use super::aiyou::{AiYouBackend, AiYouConfig, Credentials};
use super::backend::{AttemptTimeouts, Backend};
use super::breaker::CircuitBreaker;
use super::http::build_client;
use super::local::LocalAnalyzer;
use super::openai::{OpenAiBackend, OpenAiConfig};
use super::provider::Provider;
use super::remote::LlmProvider;
use super::retry::{Retrier, RetryPolicy};
use crate::agents::prompts::PromptSet;
use crate::config::{LlmSettings, ProviderChoice, Settings};

/// The provider the settings ask for.
///
/// # Errors
/// When the HTTP client cannot be built.
pub fn build_provider(
    settings: &Settings,
    analyzer: &Arc<LocalAnalyzer>,
    prompts: &Arc<PromptSet>,
) -> anyhow::Result<Arc<dyn Provider>> {
    let llm = &settings.llm;
    let backend: Arc<dyn Backend> = match settings.effective_provider() {
        ProviderChoice::Local | ProviderChoice::Auto => {
            return Ok(Arc::clone(analyzer) as Arc<dyn Provider>);
        }
        ProviderChoice::OpenAi => Arc::new(OpenAiBackend::new(client(llm)?, openai_config(llm))),
        ProviderChoice::AiYou => Arc::new(AiYouBackend::new(
            client(llm)?,
            aiyou_config(llm),
            llm.timeout,
        )),
    };
    let breaker = CircuitBreaker::new(backend.name(), llm.breaker_threshold, llm.breaker_timeout);
    Ok(Arc::new(LlmProvider::new(
        backend,
        breaker,
        retrier(llm),
        Arc::clone(prompts),
        Arc::clone(analyzer),
        llm.stream,
    )))
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
