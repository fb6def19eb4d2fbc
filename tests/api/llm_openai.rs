//! The OpenAI-compatible provider through the real WebSocket, against the fake.

use std::time::{Duration, Instant};

use callshadow::config::ProviderChoice;
use serde_json::json;

use crate::fake_llm::{Api, FakeLlm, Reply, Step};
use crate::helpers::{API_KEY, client_says, default_suggestion, spawn_llm_app};

#[tokio::test]
async fn with_an_openai_key_every_message_is_answered_by_the_llm() {
    let app = spawn_llm_app(ProviderChoice::Auto, |_| {}).await;
    let fake = &app.llm;
    fake.require_api_key(API_KEY);
    let answer = app.ask("Is it expensive?").await;
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
    let whole = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let streamed = spawn_llm_app(ProviderChoice::OpenAi, |s| s.llm.stream = true).await;
    assert_eq!(
        whole.ask("Hello").await["data"],
        streamed.ask("Hello").await["data"]
    );
    assert!(streamed.llm.recorded()[0].stream && !whole.llm.recorded()[0].stream);
}

#[tokio::test]
async fn transient_failures_are_retried_until_an_answer() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let fake = &app.llm;
    fake.push(Step::status(503));
    fake.push(Step::reply(Reply::Reset));
    fake.push(Step::status(429));
    let answer = app.ask("Hello").await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert_eq!(fake.requests(), 4, "three failures, three retries");
}

#[tokio::test]
async fn retries_stop_after_max_retries_with_an_llm_error_and_a_fallback() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let fake = &app.llm;
    fake.set_default(Step::status(500));
    let answer = app.ask("We're using Salesforce today.").await;
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
        let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
        let fake = &app.llm;
        fake.set_default(Step::status(status));
        let answer = app.ask("Hello").await;
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
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.retry_max_delay = Duration::from_secs(3);
    })
    .await;
    let fake = &app.llm;
    fake.push(Step::retry_after(429, "1"));
    let answer = app.ask("Hello").await;
    assert_eq!(answer["type"], "suggestion");
    assert!(
        gap(fake) >= Duration::from_millis(950),
        "waited {:?}",
        gap(fake)
    );
}

#[tokio::test]
async fn retry_after_is_capped_at_the_maximum_delay() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.retry_max_delay = Duration::from_millis(300);
    })
    .await;
    let fake = &app.llm;
    fake.push(Step::retry_after(503, "120"));
    let answer = app.ask("Hello").await;
    assert_eq!(answer["type"], "suggestion");
    let waited = gap(fake);
    assert!(
        waited >= Duration::from_millis(290) && waited < Duration::from_secs(3),
        "waited {waited:?}"
    );
}

#[tokio::test]
async fn a_retry_that_would_overrun_the_deadline_is_not_made() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.retry_max_delay = Duration::from_secs(5);
        settings.llm.deadline = Duration::from_secs(1);
    })
    .await;
    let fake = &app.llm;
    fake.push(Step::retry_after(503, "2"));
    let started = Instant::now();
    let answer = app.ask("Hello").await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "answered at once, not after the wait"
    );
    assert_eq!(fake.requests(), 1);
}

#[tokio::test]
async fn an_llm_that_hangs_gives_the_fallback_by_the_deadline() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.deadline = Duration::from_millis(500);
        settings.llm.timeout = Duration::from_secs(10);
    })
    .await;
    let fake = &app.llm;
    fake.set_default(Step::reply(Reply::Hang));
    let started = Instant::now();
    let answer = app.ask("Can you hear me?").await;
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
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.retry_budget_percent = 0;
        settings.llm.retry_budget_min_per_second = 0;
    })
    .await;
    let fake = &app.llm;
    fake.push(Step::status(503));
    let answer = app.ask("Hello").await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(fake.requests(), 1, "no budget, no retry");
}

#[tokio::test]
async fn a_client_that_disconnects_drops_the_upstream_request() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let fake = &app.llm;
    fake.set_default(Step::reply(Reply::Hang));
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
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.retry_max_delay = Duration::from_secs(2);
    })
    .await;
    let fake = &app.llm;
    fake.push(Step::retry_after(503, "1"));
    let (mut client, _) = app.connect_init("").await;
    client.send_json(&client_says("Hello")).await;
    assert!(fake.wait_for_requests(1, Duration::from_secs(2)).await);
    let closed = Instant::now();
    client.close().await;
    assert!(app.all_connections_ended().await);
    assert!(
        closed.elapsed() < Duration::from_millis(900),
        "the connection ended during the one-second backoff, not after it"
    );
    assert_eq!(fake.requests(), 1, "the backoff sleep was interrupted");
}

#[tokio::test]
async fn an_unreachable_llm_gives_an_llm_error_whose_text_is_written_for_clients() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.openai.base_url = format!("http://{closed}/v1");
        settings.llm.max_retries = 0;
    })
    .await;
    let answer = app.ask("Hello").await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(answer["details"]["cause"], "connection");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    let shown = answer.to_string();
    for internal in [
        "error sending request",
        "onnection refused",
        "os error",
        &closed.to_string(),
    ] {
        assert!(
            !shown.contains(internal),
            "{internal:?} reached the client: {shown}"
        );
    }
}
