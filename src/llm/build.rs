//! The backend, retry policy and per-agent clients the settings describe.

use std::sync::Arc;

use super::aiyou::{AiYouBackend, AiYouConfig, Credentials};
use super::backend::{AttemptTimeouts, Backend};
use super::breaker::CircuitBreaker;
use super::client::LlmClient;
use super::http::build_client;
use super::metrics::Upstream;
use super::openai::{OpenAiBackend, OpenAiConfig};
use super::retry::{Retrier, RetryPolicy};
use crate::config::{LlmSettings, ProviderChoice};

/// The remote API `choice` names, over one shared HTTP client; `None` for the
/// embedded analyzer (`local`, and `auto` resolved to `local`).
///
/// # Errors
/// When the HTTP client cannot be built (its TLS backend fails to initialise).
pub fn backend(
    choice: ProviderChoice,
    llm: &LlmSettings,
) -> Result<Option<Arc<dyn Backend>>, reqwest::Error> {
    let backend: Arc<dyn Backend> = match choice {
        ProviderChoice::Local | ProviderChoice::Auto => return Ok(None),
        ProviderChoice::OpenAi => Arc::new(OpenAiBackend::new(
            build_client(llm.timeout)?,
            openai_config(llm),
        )),
        ProviderChoice::AiYou => Arc::new(AiYouBackend::new(
            build_client(llm.timeout)?,
            aiyou_config(llm),
            llm.timeout,
        )),
    };
    Ok(Some(backend))
}

/// A client for `agent` (a name for logs and metrics) on `backend`, with its own
/// circuit breaker (named `breaker` in logs) and retry budget.
#[must_use]
pub fn client(
    agent: &'static str,
    breaker: &'static str,
    backend: &Arc<dyn Backend>,
    llm: &LlmSettings,
) -> LlmClient {
    let breaker = CircuitBreaker::new(breaker, llm.breaker_threshold, llm.breaker_timeout);
    let upstream = Upstream {
        agent,
        provider: backend.name(),
    };
    LlmClient::new(
        agent,
        Arc::clone(backend),
        breaker,
        retrier(llm).for_upstream(upstream),
        llm.stream,
    )
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
        cache_key: llm.openai.prompt_cache_key,
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
