//! Property tests of the edge against a hostile client, on the real server:
//! arbitrary query strings and headers at the upgrade handler, arbitrary text
//! frames on a live connection. Never a 5xx, never a dropped connection
//! without an answer; always a typed refusal or a documented close; the
//! server, and the connection, usable afterwards.

use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{TestApp, client_says, spawn_app_with, test_settings};

/// The statuses an upgrade may be answered with (README, "Access control").
const DOCUMENTED: [u16; 7] = [101, 400, 401, 403, 429, 431, 503];

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

async fn app() -> TestApp {
    let mut settings = test_settings();
    settings.server.cors_origins = vec!["https://console.example".to_owned()];
    settings.access.max_sessions_per_ip = None;
    settings.access.creations_per_minute_per_ip = None;
    spawn_app_with(settings, None).await
}

/// A query string: known keys and junk, values of any printable text,
/// percent-encoded or raw (including broken escapes).
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("session_id".to_owned()),
        Just("user_id".to_owned()),
        Just("token".to_owned()),
        Just("resume_token".to_owned()),
        Just("last_seq".to_owned()),
        "[a-z_%]{0,12}",
    ];
    let value = prop_oneof![
        "[ -~]{0,80}".prop_map(|v| utf8_percent(&v)),
        "[A-Za-z0-9_%+=&.-]{0,80}",
        (0usize..20_000).prop_map(|n| "a".repeat(n)),
        any::<u64>().prop_map(|n| n.to_string()),
    ];
    prop::collection::vec((key, value), 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

fn utf8_percent(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Headers a hostile client may send with the upgrade.
fn headers() -> impl Strategy<Value = Vec<(&'static str, String)>> {
    let name = prop::sample::select(vec![
        "Origin",
        "Authorization",
        "X-Forwarded-For",
        "User-Agent",
        "Sec-WebSocket-Protocol",
        "Cookie",
    ]);
    prop::collection::vec((name, "[ -~]{0,300}"), 0..4)
}

/// Sends an upgrade request by hand; the status the server answered, or
/// `None` if it closed without an answer.
async fn upgrade(app: &TestApp, query: &str, headers: &[(&str, String)]) -> Option<u16> {
    let mut socket = TcpStream::connect(app.address).await.unwrap();
    let mut request = format!(
        "GET /ws/conversation?{query} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n\
         Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
         Sec-WebSocket-Version: 13\r\n"
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    socket.write_all(request.as_bytes()).await.ok()?;
    let mut head = vec![0_u8; 12];
    tokio::time::timeout(Duration::from_secs(5), socket.read_exact(&mut head))
        .await
        .ok()?
        .ok()?;
    String::from_utf8_lossy(&head[9..12]).parse().ok()
}

#[test]
fn arbitrary_queries_and_headers_get_a_documented_answer_at_the_upgrade() {
    let runtime = runtime();
    let app = runtime.block_on(app());
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(query(), headers()), |(query, headers)| {
            runtime.block_on(async {
                let status = upgrade(&app, &query, &headers).await;
                let status = status.unwrap_or_else(|| panic!("no answer to ?{query} {headers:?}"));
                assert!(
                    DOCUMENTED.contains(&status),
                    "{status} for ?{query} {headers:?}"
                );
            });
            Ok(())
        })
        .unwrap();
    runtime.block_on(async {
        assert_eq!(app.get("/health").await.0, 200, "the server is still up");
        let mut client = app.connect("").await;
        let _init = client.recv_json().await;
        let answer = client.say(&client_says("Still there?")).await;
        assert_eq!(answer["type"], "suggestion");
    });
}

/// A text frame a hostile client may send: anything printable, JSON of any
/// shape, near-valid messages.
fn frame() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,200}",
        "[\\[\\]{}\":,0-9a-z ]{0,200}",
        (0usize..2_000).prop_map(|n| format!("{}{}", "[".repeat(n), "]".repeat(n))),
        ("[a-z]{0,8}", "[a-z]{0,8}", ".{0,50}").prop_map(|(speaker, sentiment, text)| {
            serde_json::json!({"text": text, "speaker": speaker, "sentiment": sentiment, "emotion": "x"})
                .to_string()
        }),
    ]
}

#[test]
fn arbitrary_text_frames_are_each_answered_and_the_connection_stays_usable() {
    let runtime = runtime();
    let app = runtime.block_on(app());
    let mut runner = TestRunner::new(Config {
        cases: 40,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(frame(), 1..12), |frames| {
            runtime.block_on(async {
                let mut client = app.connect("").await;
                let _init = client.recv_json().await;
                for text in &frames {
                    client.send_text(text).await;
                    let answer: Value = client.recv_json().await;
                    let kind = answer["type"].as_str().unwrap_or_default().to_owned();
                    assert!(
                        kind == "suggestion" || answer["error_code"] == "VALIDATION_ERROR",
                        "{text:?} got {answer}"
                    );
                }
                let answer = client.say(&client_says("And now a real message")).await;
                assert_eq!(
                    answer["type"], "suggestion",
                    "the connection is still usable"
                );
                client.close().await;
            });
            Ok(())
        })
        .unwrap();
}
