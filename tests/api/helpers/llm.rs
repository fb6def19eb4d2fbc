//! Settings for LLM tests: the server pointed at a fake LLM, short delays.

use std::time::Duration;

use callshadow::config::{ClosingChoice, ProviderChoice, Settings};
use secrecy::SecretString;
use serde_json::Value;

use super::{Server, start_binary, test_settings};
use crate::fake_llm::{DEFAULT_SUGGESTION, FakeLlm};

/// The OpenAI key the tests use.
pub const API_KEY: &str = "sk-test-0123456789-SECRET";
/// The AI.YOU password the tests use.
pub const PASSWORD: &str = "correct-horse";

/// Settings for `provider` against `fake`, with short delays for tests; the closing
/// detector is the embedded analyzer, so the fake sees the orchestrator's calls only
/// (see [`llm_closing_settings`] for both).
pub fn llm_settings(fake: &FakeLlm, provider: ProviderChoice) -> Settings {
    let mut settings = llm_closing_settings(fake, provider);
    settings.agents.closing_provider = ClosingChoice::Local;
    settings
}

/// As [`llm_settings`], the closing detector asking the fake LLM too.
pub fn llm_closing_settings(fake: &FakeLlm, provider: ProviderChoice) -> Settings {
    let mut settings = test_settings();
    settings.agents.provider = provider;
    settings.agents.closing_provider = ClosingChoice::Auto;
    let llm = &mut settings.llm;
    llm.openai.base_url = fake.openai_base_url();
    llm.openai.api_key = Some(SecretString::from(API_KEY));
    llm.aiyou.base_url = fake.aiyou_base_url();
    llm.aiyou.email = Some("agent@example.com".to_owned());
    llm.aiyou.password = Some(SecretString::from(PASSWORD));
    llm.aiyou.assistant_id = Some("602".to_owned());
    llm.timeout = Duration::from_secs(2);
    llm.ttft_timeout = Duration::from_secs(1);
    llm.deadline = Duration::from_secs(4);
    llm.retry_initial_delay = Duration::from_millis(10);
    llm.retry_max_delay = Duration::from_millis(100);
    llm.breaker_threshold = 50;
    settings
}

/// The suggestion the fake answers with by default, as the frame's `data`.
pub fn default_suggestion() -> Value {
    serde_json::from_str(DEFAULT_SUGGESTION).unwrap()
}

/// The real binary asking `fake` (OpenAI-compatible), the closing detector local,
/// with `extra` environment on top.
pub fn openai_binary(fake: &FakeLlm, extra: &[(&str, &str)]) -> Server {
    let base_url = fake.openai_base_url();
    let mut env = vec![
        ("LLM_PROVIDER", "openai"),
        ("OPENAI_BASE_URL", base_url.as_str()),
        ("OPENAI_API_KEY", API_KEY),
        ("CLOSING_DETECTOR_PROVIDER", "local"),
    ];
    env.extend_from_slice(extra);
    start_binary(&env)
}
