//! LLM settings: which API, how it is called, timeouts, retries, circuit breaker.

use std::time::Duration;

use secrecy::SecretString;

use super::choices::ProviderChoice;
use super::reader::{Reader, TimeUnit};

/// The OpenAI public API root, where a key is mandatory.
pub const OPENAI_PUBLIC_URL: &str = "https://api.openai.com/v1";

/// How LLMs are called.
#[derive(Debug, Clone)]
pub struct LlmSettings {
    /// Stream answers (LLM_STREAM).
    pub stream: bool,
    /// One attempt, or the longest silence inside a stream (LLM_TIMEOUT_MS); when
    /// not set, two thirds of the deadline ([`derived_timeouts`]).
    pub timeout: Duration,
    /// Wait for a stream's first token (LLM_TTFT_TIMEOUT_MS); when not set, a
    /// third of the deadline.
    pub ttft_timeout: Duration,
    /// From a message's arrival to its answer (SUGGESTION_DEADLINE_MS).
    pub deadline: Duration,
    /// Retries after the first attempt (MAX_RETRIES_LLM).
    pub max_retries: u32,
    /// First backoff ceiling (RETRY_INITIAL_DELAY_MS).
    pub retry_initial_delay: Duration,
    /// Largest backoff, and cap of Retry-After (RETRY_MAX_DELAY_MS).
    pub retry_max_delay: Duration,
    /// Retries allowed as a percentage of calls (RETRY_BUDGET_PERCENT).
    pub retry_budget_percent: u32,
    /// Retries always allowed per second (RETRY_BUDGET_MIN_PER_SECOND).
    pub retry_budget_min_per_second: u32,
    /// Consecutive failed attempts that open the circuit (CIRCUIT_BREAKER_THRESHOLD).
    pub breaker_threshold: u32,
    /// Time the circuit stays open before a probe (CIRCUIT_BREAKER_TIMEOUT, seconds).
    pub breaker_timeout: Duration,
    /// The OpenAI-compatible API.
    pub openai: OpenAiSettings,
    /// The AI.YOU API.
    pub aiyou: AiYouSettings,
}

/// The OpenAI-compatible API.
#[derive(Debug, Clone)]
pub struct OpenAiSettings {
    /// OPENAI_API_KEY.
    pub api_key: Option<SecretString>,
    /// OPENAI_BASE_URL.
    pub base_url: String,
    /// OPENAI_MODEL.
    pub model: String,
    /// OPENAI_TEMPERATURE.
    pub temperature: f64,
    /// OPENAI_MAX_TOKENS.
    pub max_tokens: u32,
    /// OPENAI_JSON_MODE.
    pub json_mode: bool,
    /// OPENAI_PROMPT_CACHE_KEY: send a hash of the session id as
    /// `prompt_cache_key` and `user`.
    pub prompt_cache_key: bool,
}

/// The AI.YOU API.
#[derive(Debug, Clone)]
pub struct AiYouSettings {
    /// AIYOU_BASE_URL.
    pub base_url: String,
    /// AIYOU_EMAIL.
    pub email: Option<String>,
    /// AIYOU_PASSWORD.
    pub password: Option<SecretString>,
    /// AIYOU_BEARER_TOKEN.
    pub bearer_token: Option<SecretString>,
    /// AIYOU_ASSISTANT_ID.
    pub assistant_id: Option<String>,
    /// AIYOU_MODEL.
    pub model: Option<String>,
}

fn millis(r: &mut Reader<'_>, key: &'static str, max: i64) -> Duration {
    Duration::from_millis(r.int(key, 1..=max))
}

/// LLM_TIMEOUT_MS and LLM_TTFT_TIMEOUT_MS when not set: two thirds and a third of
/// SUGGESTION_DEADLINE_MS (4000 and 2000 ms for the default 6000), at least 1 ms.
/// Both stay shorter than the deadline, so an upstream that hangs times out,
/// and counts toward the circuit breaker, before the deadline cuts the call
/// (which counts for nothing); and the fallback is still sent on time.
#[must_use]
pub fn derived_timeouts(deadline: Duration) -> (Duration, Duration) {
    let ms = u64::try_from(deadline.as_millis()).unwrap_or(u64::MAX);
    let part = |numerator: u64| Duration::from_millis((ms / 3).saturating_mul(numerator).max(1));
    (part(2), part(1))
}

/// An LLM timeout: the value of `key` when set, which must be shorter than the
/// deadline (the only conflict refused), else `derived` (recorded as such).
fn timeout(
    r: &mut Reader<'_>,
    key: &'static str,
    deadline: Duration,
    derived: Duration,
) -> Duration {
    let Some(ms) = r.optional_int::<u64>(key, 1..=600_000) else {
        let ms = u64::try_from(derived.as_millis()).unwrap_or(u64::MAX);
        r.record(key, format!("{ms}  # derived from SUGGESTION_DEADLINE_MS"));
        return derived;
    };
    let explicit = Duration::from_millis(ms);
    if ms > 0 && explicit >= deadline {
        r.fail(
            key,
            format!(
                "must be shorter than SUGGESTION_DEADLINE_MS ({} ms), so an upstream that hangs \
                 times out (and counts toward the circuit breaker) before the deadline cuts the \
                 call; leave it unset to derive it from the deadline",
                deadline.as_millis()
            ),
        );
    }
    explicit
}

/// Reads the LLM settings.
pub(crate) fn read_llm(r: &mut Reader<'_>) -> LlmSettings {
    let deadline = millis(r, "SUGGESTION_DEADLINE_MS", 600_000);
    let (derived_total, derived_first_token) = derived_timeouts(deadline);
    LlmSettings {
        stream: r.boolean("LLM_STREAM"),
        timeout: timeout(r, "LLM_TIMEOUT_MS", deadline, derived_total),
        ttft_timeout: timeout(r, "LLM_TTFT_TIMEOUT_MS", deadline, derived_first_token),
        deadline,
        max_retries: r.int("MAX_RETRIES_LLM", 0..=10),
        retry_initial_delay: millis(r, "RETRY_INITIAL_DELAY_MS", 60_000),
        retry_max_delay: millis(r, "RETRY_MAX_DELAY_MS", 600_000),
        retry_budget_percent: r.int("RETRY_BUDGET_PERCENT", 0..=1000),
        retry_budget_min_per_second: r.int("RETRY_BUDGET_MIN_PER_SECOND", 0..=10_000),
        breaker_threshold: r.int("CIRCUIT_BREAKER_THRESHOLD", 1..=1000),
        breaker_timeout: r.duration("CIRCUIT_BREAKER_TIMEOUT", TimeUnit::Seconds, 86_400.0),
        openai: OpenAiSettings {
            api_key: r.secret("OPENAI_API_KEY"),
            base_url: r.url("OPENAI_BASE_URL"),
            model: r.non_empty("OPENAI_MODEL"),
            temperature: r.float("OPENAI_TEMPERATURE", 0.0..=2.0),
            max_tokens: r.int("OPENAI_MAX_TOKENS", 1..=100_000),
            json_mode: r.boolean("OPENAI_JSON_MODE"),
            prompt_cache_key: r.boolean("OPENAI_PROMPT_CACHE_KEY"),
        },
        aiyou: AiYouSettings {
            base_url: r.url("AIYOU_BASE_URL"),
            email: r.optional("AIYOU_EMAIL"),
            password: r.secret("AIYOU_PASSWORD"),
            bearer_token: r.secret("AIYOU_BEARER_TOKEN"),
            assistant_id: r.optional("AIYOU_ASSISTANT_ID"),
            model: r.optional("AIYOU_MODEL"),
        },
    }
}

/// Checks that the chosen provider has what it needs.
pub(crate) fn check_provider(r: &mut Reader<'_>, provider: ProviderChoice, llm: &LlmSettings) {
    match provider {
        ProviderChoice::OpenAi
            if llm.openai.api_key.is_none() && llm.openai.base_url == OPENAI_PUBLIC_URL =>
        {
            r.fail(
                "OPENAI_API_KEY",
                "must be set to use the OpenAI API (or point OPENAI_BASE_URL at a gateway)",
            );
        }
        ProviderChoice::AiYou => check_aiyou(r, &llm.aiyou),
        _ => {}
    }
    if llm.retry_initial_delay > llm.retry_max_delay {
        r.fail(
            "RETRY_INITIAL_DELAY_MS",
            "must not exceed RETRY_MAX_DELAY_MS",
        );
    }
}

fn check_aiyou(r: &mut Reader<'_>, aiyou: &AiYouSettings) {
    let password_login = aiyou.email.is_some() && aiyou.password.is_some();
    if aiyou.bearer_token.is_none() && !password_login {
        r.fail("AIYOU_EMAIL", "AIYOU_EMAIL and AIYOU_PASSWORD (or AIYOU_BEARER_TOKEN) must be set for LLM_PROVIDER=aiyou");
    }
    if aiyou.assistant_id.is_none() && aiyou.model.is_none() {
        r.fail(
            "AIYOU_ASSISTANT_ID",
            "AIYOU_ASSISTANT_ID or AIYOU_MODEL must be set for LLM_PROVIDER=aiyou",
        );
    }
}
