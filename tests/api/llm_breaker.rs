//! The circuit breaker through the real WebSocket: opening, failing fast, one
//! probe in HALF_OPEN whatever the load, recovery.

use std::time::Duration;

use callshadow::config::{ProviderChoice, Settings};
use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::fake_llm::Step;
use crate::helpers::{TestApp, client_says, spawn_llm_app, wait_for};

/// The server on its fake, no retries, the breaker opening after `threshold`
/// failures for `cool_down`; `edit` adjusts the settings further.
async fn breaker_app(
    threshold: u32,
    cool_down: Duration,
    edit: impl FnOnce(&mut Settings),
) -> TestApp {
    spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.max_retries = 0;
        settings.llm.breaker_threshold = threshold;
        settings.llm.breaker_timeout = cool_down;
        edit(settings);
    })
    .await
}

fn is_open_circuit_fallback(answer: &Value) -> bool {
    answer["type"] == "suggestion"
        && answer["meta"]["source"] == "fallback"
        && answer["data"]["signals_detected"]
            .as_array()
            .is_some_and(|s| s.contains(&json!("api_unavailable")))
}

#[tokio::test]
async fn the_circuit_opens_after_the_threshold_and_then_fails_fast_without_the_upstream() {
    let app = breaker_app(3, Duration::from_secs(60), |_| {}).await;
    let fake = &app.llm;
    fake.set_default(Step::status(503));
    let (mut client, _) = app.connect_init("").await;
    for _ in 0..3 {
        assert_eq!(
            client.say(&client_says("Hello")).await["error_code"],
            "LLM_ERROR"
        );
    }
    assert_eq!(app.get("/ready").await.1["llm_circuit"], "open");
    for _ in 0..5 {
        let answer = client.say(&client_says("It's too expensive for us")).await;
        assert!(is_open_circuit_fallback(&answer), "{answer}");
        let signals = answer["data"]["signals_detected"].as_array().unwrap();
        assert!(
            signals.contains(&json!("price_objection")),
            "the fallback still fits: {answer}"
        );
        assert_eq!(
            answer["data"]["questions"]
                .as_array()
                .unwrap()
                .len()
                .clamp(2, 3),
            answer["data"]["questions"].as_array().unwrap().len()
        );
    }
    assert_eq!(
        fake.requests(),
        3,
        "the fake saw nothing while the circuit was open"
    );
}

#[tokio::test]
async fn client_errors_do_not_open_the_circuit() {
    let app = breaker_app(2, Duration::from_secs(60), |_| {}).await;
    let fake = &app.llm;
    fake.set_default(Step::status(400));
    let (mut client, _) = app.connect_init("").await;
    for _ in 0..5 {
        assert_eq!(
            client.say(&client_says("Hello")).await["error_code"],
            "LLM_ERROR"
        );
    }
    assert_eq!(fake.requests(), 5);
    assert_eq!(app.get("/ready").await.1["llm_circuit"], "closed");
}

/// Opens the circuit with one failing message, then waits until `/ready` says
/// the cool-down is over.
async fn open_then_cool_down(app: &TestApp) {
    app.llm.push(Step::status(503));
    let (mut client, _) = app.connect_init("").await;
    assert_eq!(
        client.say(&client_says("Hello")).await["error_code"],
        "LLM_ERROR"
    );
    assert_eq!(app.get("/ready").await.1["llm_circuit"], "open");
    assert!(
        circuit_half_open(app).await,
        "the circuit never turned half-open"
    );
}

/// Whether `/ready` reports the circuit half-open within the wait limit.
pub async fn circuit_half_open(app: &TestApp) -> bool {
    wait_for(|| async { app.get("/ready").await.1["llm_circuit"] == "half_open" }).await
}

#[tokio::test]
async fn half_open_lets_exactly_one_probe_through_while_fifty_sessions_send_at_once() {
    let cool_down = Duration::from_millis(300);
    let app = breaker_app(1, cool_down, |_| {}).await;
    let fake = &app.llm;
    open_then_cool_down(&app).await;
    fake.set_default(
        Step::answer(crate::fake_llm::DEFAULT_SUGGESTION).with_latency(Duration::from_millis(800)),
    );
    let mut clients = Vec::new();
    for _ in 0..50 {
        clients.push(app.connect_init("").await.0);
    }
    let message = client_says("Are you there?");
    let answers = join_all(clients.iter_mut().map(|c| c.say(&message))).await;
    assert_eq!(fake.requests(), 2, "one failure, then ONE probe");
    let from_llm = answers
        .iter()
        .filter(|a| a["meta"]["source"] == "llm")
        .count();
    let failed_fast = answers
        .iter()
        .filter(|a| is_open_circuit_fallback(a))
        .count();
    assert_eq!((from_llm, failed_fast), (1, 49), "{answers:?}");
    assert_eq!(
        app.get("/ready").await.1["llm_circuit"],
        "closed",
        "the good probe closed it"
    );
    let (mut client, _) = app.connect_init("").await;
    assert_eq!(
        client.say(&client_says("Back?")).await["meta"]["source"],
        "llm"
    );
}

#[tokio::test]
async fn a_failed_probe_reopens_the_circuit() {
    let cool_down = Duration::from_millis(200);
    let app = breaker_app(1, cool_down, |_| {}).await;
    let fake = &app.llm;
    open_then_cool_down(&app).await;
    fake.push(Step::status(503));
    let (mut client, _) = app.connect_init("").await;
    assert_eq!(
        client.say(&client_says("Probe")).await["error_code"],
        "LLM_ERROR"
    );
    assert_eq!(app.get("/ready").await.1["llm_circuit"], "open");
    assert!(is_open_circuit_fallback(
        &client.say(&client_says("Again")).await
    ));
    assert_eq!(fake.requests(), 2);
}

#[tokio::test]
async fn messages_that_waited_past_their_deadline_do_not_open_the_circuit() {
    let app = breaker_app(2, Duration::from_secs(60), |settings| {
        settings.llm.deadline = Duration::from_millis(300);
        settings.llm.timeout = Duration::from_millis(250);
    })
    .await;
    app.llm.set_default(
        Step::answer(crate::fake_llm::DEFAULT_SUGGESTION).with_latency(Duration::from_millis(200)),
    );
    let (mut client, _) = app.connect_init("").await;
    for _ in 0..6 {
        client.send_json(&client_says("Hello")).await;
    }
    let mut late = 0;
    for _ in 0..6 {
        if client.recv_json().await["error_code"] == "LLM_ERROR" {
            late += 1;
        }
    }
    assert!(late >= 3, "queued messages ran out of time: {late}");
    assert_eq!(
        app.get("/ready").await.1["llm_circuit"],
        "closed",
        "a late message is not the upstream's fault"
    );
    assert_eq!(
        client.say(&client_says("Now?")).await["meta"]["source"],
        "llm"
    );
}
