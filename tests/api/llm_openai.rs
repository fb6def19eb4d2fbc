//! The OpenAI-compatible provider through the real WebSocket, against the fake.

use std::time::{Duration, Instant};

use callshadow::config::ProviderChoice;
use serde_json::{Value, json};

use crate::fake_llm::{Api, FakeLlm, Reply, Step};
use crate::helpers::{client_says, spawn_app_with};
use crate::llm_support::{API_KEY, default_suggestion, llm_settings};

/// Starts the server with `settings`, sends one client message, returns the answer.
pub async fn ask(settings: callshadow::config::Settings, text: &str) -> Value {
    let app = spawn_app_with(settings, None).await;
    let (mut client, _) = app.connect_init("").await;
    client.say(&client_says(text)).await
}

#[tokio::test]
async fn with_an_openai_key_every_message_is_answered_by_the_llm() {
    let fake = FakeLlm::start().await;
    fake.require_api_key(API_KEY);
    let answer = ask(
        llm_settings(&fake, ProviderChoice::Auto),
        "Is it expensive?",
    )
    .await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert_eq!(answer["data"], default_suggestion());
    assert_eq!(answer["meta"]["source"], "llm");
    let recorded = fake.recorded();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].api, Api::OpenAi);
    assert_eq!(
        recorded[0].authorization.as_deref(),
        Some(format!("Bearer {API_KEY}").as_str())
    );
    let body = &recorded[0].body;
    assert_eq!(body["model"], "gpt-4o-mini");
    assert_eq!(body["response_format"], json!({ "type": "json_object" }));
    let prompt = body["messages"][0]["content"].as_str().unwrap();
    assert!(
        prompt.contains("Text: \"Is it expensive?\""),
        "the prompt quotes the message:\n{prompt}"
    );
    assert!(
        prompt.contains("\"questions\""),
        "the prompt carries the format instructions"
    );
}

#[tokio::test]
async fn streamed_and_non_streamed_answers_give_the_same_suggestion() {
    let fake = FakeLlm::start().await;
    let mut streamed = llm_settings(&fake, ProviderChoice::OpenAi);
    streamed.llm.stream = true;
    let whole = ask(llm_settings(&fake, ProviderChoice::OpenAi), "Hello").await;
    let stream = ask(streamed, "Hello").await;
    assert_eq!(whole["data"], stream["data"]);
    assert!(fake.recorded()[1].stream && !fake.recorded()[0].stream);
}

#[tokio::test]
async fn transient_failures_are_retried_until_an_answer() {
    let fake = FakeLlm::start().await;
    fake.push(Step::status(503));
    fake.push(Step::reply(Reply::Reset));
    fake.push(Step::status(429));
    let answer = ask(llm_settings(&fake, ProviderChoice::OpenAi), "Hello").await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert_eq!(fake.requests(), 4, "three failures, three retries");
}

#[tokio::test]
async fn retries_stop_after_max_retries_with_an_llm_error_and_a_fallback() {
    let fake = FakeLlm::start().await;
    fake.set_default(Step::status(500));
    let answer = ask(
        llm_settings(&fake, ProviderChoice::OpenAi),
        "We're using Salesforce today.",
    )
    .await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(answer["reply_to"], 1);
    assert_eq!(answer["details"]["attempts"], 4);
    assert_eq!(answer["details"]["cause"], "server_error");
    let signals = answer["fallback_suggestion"]["signals_detected"]
        .as_array()
        .unwrap();
    assert!(
        signals.contains(&json!("competitor")),
        "the fallback fits: {answer}"
    );
    assert_eq!(fake.requests(), 4);
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    for status in [400, 401, 404] {
        let fake = FakeLlm::start().await;
        fake.set_default(Step::status(status));
        let answer = ask(llm_settings(&fake, ProviderChoice::OpenAi), "Hello").await;
        assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
        assert!(answer["fallback_suggestion"]["questions"].is_array());
        assert_eq!(fake.requests(), 1, "HTTP {status} is not retried");
    }
}

fn gap(fake: &FakeLlm) -> Duration {
    let recorded = fake.recorded();
    recorded[1].at.duration_since(recorded[0].at)
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let fake = FakeLlm::start().await;
    fake.push(Step::retry_after(429, "1"));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.retry_max_delay = Duration::from_secs(3);
    let answer = ask(settings, "Hello").await;
    assert_eq!(answer["type"], "suggestion");
    assert!(
        gap(&fake) >= Duration::from_millis(950),
        "waited {:?}",
        gap(&fake)
    );
}

#[tokio::test]
async fn retry_after_is_capped_at_the_maximum_delay() {
    let fake = FakeLlm::start().await;
    fake.push(Step::retry_after(503, "120"));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.retry_max_delay = Duration::from_millis(300);
    let answer = ask(settings, "Hello").await;
    assert_eq!(answer["type"], "suggestion");
    let waited = gap(&fake);
    assert!(
        waited >= Duration::from_millis(290) && waited < Duration::from_secs(3),
        "waited {waited:?}"
    );
}

#[tokio::test]
async fn a_retry_that_would_overrun_the_deadline_is_not_made() {
    let fake = FakeLlm::start().await;
    fake.push(Step::retry_after(503, "2"));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.retry_max_delay = Duration::from_secs(5);
    settings.llm.deadline = Duration::from_secs(1);
    let started = Instant::now();
    let answer = ask(settings, "Hello").await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "answered at once, not after the wait"
    );
    assert_eq!(fake.requests(), 1);
}

#[tokio::test]
async fn an_llm_that_hangs_gives_the_fallback_by_the_deadline() {
    let fake = FakeLlm::start().await;
    fake.set_default(Step::reply(Reply::Hang));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.deadline = Duration::from_millis(500);
    settings.llm.timeout = Duration::from_secs(10);
    let started = Instant::now();
    let answer = ask(settings, "Can you hear me?").await;
    let elapsed = started.elapsed();
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert!(
        elapsed >= Duration::from_millis(450) && elapsed < Duration::from_millis(1500),
        "{elapsed:?}"
    );
    assert!(
        fake.wait_for_dropped(1).await,
        "the hung request was dropped"
    );
}

#[tokio::test]
async fn the_retry_budget_stops_retry_storms() {
    let fake = FakeLlm::start().await;
    fake.push(Step::status(503));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.retry_budget_percent = 0;
    settings.llm.retry_budget_min_per_second = 0;
    let answer = ask(settings, "Hello").await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(fake.requests(), 1, "no budget, no retry");
}

#[tokio::test]
async fn a_client_that_disconnects_drops_the_upstream_request() {
    let fake = FakeLlm::start().await;
    fake.set_default(Step::reply(Reply::Hang));
    let app = spawn_app_with(llm_settings(&fake, ProviderChoice::OpenAi), None).await;
    let (mut client, _) = app.connect_init("").await;
    client.send_json(&client_says("Hello")).await;
    assert!(fake.wait_for_requests(1, Duration::from_secs(2)).await);
    client.close().await;
    assert!(
        fake.wait_for_dropped(1).await,
        "the fake saw the request dropped"
    );
}

#[tokio::test]
async fn a_client_that_disconnects_during_a_backoff_gets_no_more_retries() {
    let fake = FakeLlm::start().await;
    fake.push(Step::retry_after(503, "1"));
    let mut settings = llm_settings(&fake, ProviderChoice::OpenAi);
    settings.llm.retry_max_delay = Duration::from_secs(2);
    let app = spawn_app_with(settings, None).await;
    let (mut client, _) = app.connect_init("").await;
    client.send_json(&client_says("Hello")).await;
    assert!(fake.wait_for_requests(1, Duration::from_secs(2)).await);
    client.close().await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(fake.requests(), 1, "the backoff sleep was interrupted");
}
