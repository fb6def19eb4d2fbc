//! Real-time flow control as a client sees it: ordering, `latest` mode, rate
//! limits, connection limits, keep-alive, slow readers, cancellation.

use std::sync::atomic::Ordering;
use std::time::Duration;

use callshadow::config::{Settings, SuggestionMode};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::helpers::{
    Client, Script, ScriptedProvider, client_says, eventually, spawn_app_with, test_settings,
    wait_for,
};

fn numbered(i: u64) -> Value {
    let mut message = client_says(&format!("message {i}"));
    message["message_id"] = json!(i);
    message
}

async fn collect(client: &mut Client, n: usize) -> Vec<Value> {
    let mut frames = Vec::new();
    for _ in 0..n {
        frames.push(client.recv_json().await);
    }
    frames
}

#[tokio::test]
async fn in_every_mode_each_message_gets_its_own_answer_in_order() {
    let provider = ScriptedProvider::new(Duration::from_millis(50), Script::Answer);
    let app = spawn_app_with(test_settings(), Some(provider)).await;
    let (mut client, _) = app.connect_init("").await;
    for i in 1..=6 {
        client.send_json(&numbered(i)).await;
    }
    let frames = collect(&mut client, 6).await;
    let order: Vec<u64> = frames
        .iter()
        .map(|f| f["reply_to"].as_u64().unwrap())
        .collect();
    assert_eq!(order, vec![1, 2, 3, 4, 5, 6]);
    assert!(
        frames
            .iter()
            .all(|f| f["type"] == "suggestion" && f["reply_to"] == f["message_id"])
    );
}

fn latest_settings() -> Settings {
    let mut settings = test_settings();
    settings.flow.mode = SuggestionMode::Latest;
    settings
}

#[tokio::test]
async fn in_latest_mode_messages_sent_during_a_call_fold_into_one_call_for_the_newest() {
    let provider = ScriptedProvider::new(Duration::from_millis(300), Script::Answer);
    let app = spawn_app_with(latest_settings(), Some(provider.clone())).await;
    let (mut client, _) = app.connect_init("").await;
    client.send_json(&numbered(1)).await;
    assert!(eventually(|| provider.started.load(Ordering::SeqCst) == 1).await);
    for i in 2..=5 {
        client.send_json(&numbered(i)).await;
    }
    let frames = collect(&mut client, 5).await;
    let suggestion_for = |seq: u64| {
        frames
            .iter()
            .any(|f| f["type"] == "suggestion" && f["reply_to"] == seq)
    };
    assert!(suggestion_for(1) && suggestion_for(5), "{frames:?}");
    for seq in 2..=4 {
        let ack = frames
            .iter()
            .find(|f| f["type"] == "ack" && f["seq"] == seq)
            .expect("an ack");
        assert_eq!(ack["status"], "coalesced");
        assert_eq!(ack["covered_by"], 5);
        assert_eq!(ack["message_id"], seq);
    }
    assert_eq!(
        provider.started.load(Ordering::SeqCst),
        2,
        "two calls for five messages"
    );
}

#[tokio::test]
async fn with_the_rate_limit_on_extra_messages_are_stored_and_answered_rate_limited() {
    let mut settings = test_settings();
    settings.flow.rate_limit_rpm = std::num::NonZeroU32::new(3);
    let app = spawn_app_with(settings, None).await;
    let (mut client, init) = app.connect_init("").await;
    let mut codes = Vec::new();
    for i in 1..=5 {
        let answer = client.say(&numbered(i)).await;
        codes.push(
            answer["error_code"]
                .as_str()
                .unwrap_or("suggestion")
                .to_owned(),
        );
        if answer["error_code"] == "RATE_LIMITED" {
            assert!(
                answer["details"]["retry_after_ms"].as_u64().unwrap() > 0,
                "{answer}"
            );
            assert!(answer["fallback_suggestion"]["questions"].is_array());
            assert_eq!(answer["reply_to"], i);
        }
    }
    assert_eq!(
        codes,
        [
            "suggestion",
            "suggestion",
            "suggestion",
            "RATE_LIMITED",
            "RATE_LIMITED"
        ]
    );
    let id = init["session_id"].as_str().unwrap().to_owned();
    client.close().await;
    let (mut again, _) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(
        again.say(&numbered(6)).await["error_code"],
        "RATE_LIMITED",
        "reconnecting does not reset the limit"
    );
    assert_eq!(
        app.get(&format!("/ws/sessions/{id}")).await.1["message_count"],
        6,
        "limited messages are stored"
    );
}

#[tokio::test]
async fn past_max_connections_per_ip_the_upgrade_is_refused_with_429_and_a_reason() {
    let mut settings = test_settings();
    settings.flow.max_connections_per_ip = Some(2);
    let app = spawn_app_with(settings, None).await;
    let (first, _) = app.connect_init("").await;
    let (_second, _) = app.connect_init("").await;
    let url = format!("ws://{}/ws/conversation", app.address);
    let refused = tokio_tungstenite::connect_async(url.as_str())
        .await
        .expect_err("refused");
    let tokio_tungstenite::tungstenite::Error::Http(response) = refused else {
        panic!("expected an HTTP refusal, got {refused:?}");
    };
    assert_eq!(response.status(), 429);
    let body = String::from_utf8_lossy(response.body().as_deref().unwrap_or_default()).into_owned();
    assert!(body.contains("MAX_CONNECTIONS_PER_IP"), "{body}");
    first.close().await;
    let freed =
        wait_for(|| async { tokio_tungstenite::connect_async(url.as_str()).await.is_ok() }).await;
    assert!(freed, "a closed connection frees its slot");
}

fn keep_alive_settings() -> Settings {
    let mut settings = test_settings();
    settings.flow.ping_interval = Duration::from_millis(100);
    settings.flow.pong_timeout = Duration::from_millis(400);
    settings
}

#[tokio::test]
async fn the_server_pings_and_a_client_that_answers_stays_connected() {
    let app = spawn_app_with(keep_alive_settings(), None).await;
    let (mut client, _) = app.connect_init("").await;
    let mut pings = 0;
    let started = tokio::time::Instant::now();
    while started.elapsed() < Duration::from_millis(1200) {
        match client.recv_raw().await {
            Some(Message::Ping(_)) => pings += 1,
            other => panic!("only pings expected, got {other:?}"),
        }
    }
    assert!(pings >= 5, "{pings} pings");
    assert_eq!(
        client.say(&numbered(1)).await["type"],
        "suggestion",
        "still connected"
    );
}

#[tokio::test]
async fn a_silent_connection_is_dropped_after_pong_timeout_and_its_session_stays_resumable() {
    let app = spawn_app_with(keep_alive_settings(), None).await;
    let (mut client, init) = app.connect_init("").await;
    client.say(&numbered(1)).await;
    // The client reads nothing now, so it answers no ping: it falls silent.
    let stats = &app.state.ws_stats;
    assert!(eventually(|| stats.ping_timeouts.load(Ordering::Relaxed) == 1).await);
    let (_, close) = client.recv_until_close().await;
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 1008);
    assert!(close.reason.contains("PONG_TIMEOUT"), "{}", close.reason);
    assert_eq!(app.state.ws_stats.ping_timeouts.load(Ordering::Relaxed), 1);
    let id = init["session_id"].as_str().unwrap();
    let (_, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(
        (init["resumed"].clone(), init["history_length"].clone()),
        (json!(true), json!(1))
    );
}

#[tokio::test]
async fn a_client_that_does_not_read_is_disconnected_with_1008_and_server_memory_stays_flat() {
    let mut settings = test_settings();
    settings.flow.max_buffered_frames = 8;
    settings.flow.slow_reader_timeout = Duration::from_millis(200);
    settings.ws.max_pending_messages = 4096;
    let app = spawn_app_with(settings, None).await;
    let mut client = app
        .connect_small_window("session_id=slow-reader-1", 4096)
        .await;
    let mut most_buffered = 0;
    for i in 0..50_000 {
        client
            .send_raw(Message::text(numbered(i).to_string()))
            .await;
        most_buffered =
            most_buffered.max(app.state.ws_stats.buffered_frames.load(Ordering::Relaxed));
        if app.state.ws_stats.slow_readers.load(Ordering::Relaxed) == 1 {
            break;
        }
    }
    assert_eq!(
        app.state.ws_stats.slow_readers.load(Ordering::Relaxed),
        1,
        "the slow reader was noticed"
    );
    assert!(
        most_buffered <= 8,
        "at most MAX_BUFFERED_FRAMES frames were ever buffered: {most_buffered}"
    );
    let (frames, close) = client.recv_until_close().await;
    assert!(!frames.is_empty());
    let close = close.expect("the close frame follows what the client had not read");
    assert_eq!(u16::from(close.code), 1008);
    assert!(close.reason.contains("not reading"), "{}", close.reason);
    assert!(
        wait_for(|| async { app.state.ws_stats.buffered_frames.load(Ordering::Relaxed) == 0 })
            .await
    );
    let (_, init) = app.connect_init("session_id=slow-reader-1").await;
    assert_eq!(init["resumed"], true, "the session stays resumable");
}

#[tokio::test]
async fn a_client_that_reads_slowly_but_steadily_is_not_taken_for_a_slow_reader() {
    let mut settings = test_settings();
    settings.flow.max_buffered_frames = 4;
    settings.ws.max_pending_messages = 4;
    let app = spawn_app_with(settings, None).await;
    let mut client = app
        .connect_small_window("session_id=steady-reader", 4096)
        .await;
    assert_eq!(client.recv_json().await["type"], "session_init");
    for i in 1..=200 {
        client.send_json(&numbered(i)).await;
    }
    let mut replied = Vec::new();
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(1)).await;
        replied.push(client.recv_json().await["reply_to"].as_u64().unwrap());
    }
    assert_eq!(
        replied,
        (1..=200).collect::<Vec<u64>>(),
        "every answer, in order"
    );
    assert_eq!(app.state.ws_stats.slow_readers.load(Ordering::Relaxed), 0);
}

#[tokio::test]
async fn a_disconnect_cancels_the_call_in_flight_and_the_queue_but_keeps_every_message() {
    let provider = ScriptedProvider::new(Duration::from_millis(500), Script::Answer);
    let app = spawn_app_with(test_settings(), Some(provider.clone())).await;
    let (mut client, init) = app.connect_init("").await;
    for i in 1..=3 {
        client.send_json(&numbered(i)).await;
    }
    assert!(wait_for(|| async { provider.started.load(Ordering::SeqCst) == 1 }).await);
    client.close().await;
    assert!(
        wait_for(|| async { provider.cancelled.load(Ordering::SeqCst) == 1 }).await,
        "the call was cancelled"
    );
    assert!(app.all_connections_ended().await, "the worker is gone");
    assert_eq!(
        provider.started.load(Ordering::SeqCst),
        1,
        "the queued messages were not processed"
    );
    let id = init["session_id"].as_str().unwrap();
    assert_eq!(
        app.get(&format!("/ws/sessions/{id}")).await.1["message_count"],
        3
    );
}

#[tokio::test]
async fn suggestion_mode_and_flow_limits_are_configurable() {
    let settings = crate::helpers::load_settings(&[
        ("SUGGESTION_MODE", "latest"),
        ("RATE_LIMIT_ENABLED", "true"),
        ("RATE_LIMIT_RPM", "30"),
        ("MAX_CONNECTIONS_PER_IP", "0"),
    ])
    .unwrap();
    assert_eq!(settings.flow.mode, SuggestionMode::Latest);
    assert_eq!(settings.flow.rate_limit_rpm.map(|n| n.get()), Some(30));
    assert_eq!(settings.flow.max_connections_per_ip, None);
    let error =
        crate::helpers::load_settings(&[("SUGGESTION_MODE", "sometimes"), ("PONG_TIMEOUT", "5")])
            .unwrap_err()
            .to_string();
    assert!(
        error.contains("SUGGESTION_MODE") && error.contains("PONG_TIMEOUT"),
        "{error}"
    );
}
