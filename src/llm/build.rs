//! The backend, retry policy and upstreams the settings describe.

use std::sync::Arc;

use super::aiyou::{AiYouBackend, AiYouConfig, Credentials};
use super::backend::{AttemptTimeouts, Backend};
use super::http::build_client;
use super::openai::{OpenAiBackend, OpenAiConfig};
use super::retry::{Retrier, RetryPolicy};
use super::upstream::{Upstream, UpstreamKey, UpstreamRegistry};
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

/// The upstreams the settings describe: the one `choice` names (provider, base
/// URL, model), with its breaker and retry budget, shared by every agent that
/// calls it; none for the embedded analyzer.
///
/// # Errors
/// When the HTTP client cannot be built (its TLS backend fails to initialise).
pub fn registry(
    choice: ProviderChoice,
    llm: &LlmSettings,
) -> Result<UpstreamRegistry, reqwest::Error> {
    let mut registry = UpstreamRegistry::new();
    let Some(backend) = backend(choice, llm)? else {
        return Ok(registry);
    };
    let key = upstream_key(choice, llm);
    registry.get_or_insert_with(&key, || upstream(key.clone(), backend, llm));
    Ok(registry)
}

/// What identifies the upstream `choice` names.
#[must_use]
pub fn upstream_key(choice: ProviderChoice, llm: &LlmSettings) -> UpstreamKey {
    match choice {
        ProviderChoice::AiYou => {
            let aiyou = &llm.aiyou;
            let model = match (&aiyou.model, &aiyou.assistant_id) {
                (Some(model), _) => model.clone(),
                (None, Some(id)) => format!("assistant-{id}"),
                (None, None) => String::new(),
            };
            UpstreamKey::new("aiyou", &aiyou.base_url, &model)
        }
        _ => UpstreamKey::new("openai", &llm.openai.base_url, &llm.openai.model),
    }
}

/// The upstream `key` on `backend`, with the breaker and the retry budget the
/// settings describe.
#[must_use]
pub fn upstream(key: UpstreamKey, backend: Arc<dyn Backend>, llm: &LlmSettings) -> Upstream {
    Upstream::new(
        key,
        backend,
        retrier(llm),
        llm.breaker_threshold,
        llm.breaker_timeout,
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
