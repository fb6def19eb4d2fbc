//! Sessions over the socket: resume, take-over, deletion, expiry, limits.

use std::time::Duration;

use serde_json::json;

use crate::helpers::{client_says, spawn_app, spawn_app_with, test_settings, wait_for};

#[tokio::test]
async fn a_client_chosen_id_creates_then_resumes_that_session() {
    let app = spawn_app().await;
    let (mut client, init) = app
        .connect_init("session_id=call-0001&user_id=agent-7")
        .await;
    assert_eq!(init["session_id"], "call-0001");
    assert_eq!(init["resumed"], false);
    client.say(&client_says("First")).await;
    client.close().await;
    let (_, init) = app.connect_init("session_id=call-0001").await;
    assert_eq!(init["resumed"], true);
    assert_eq!(init["history_length"], 1);
    let (_, info) = app.get("/ws/sessions/call-0001").await;
    assert_eq!(info["user_id"], "agent-7");
}

#[tokio::test]
async fn a_malformed_session_id_is_refused_with_1008() {
    let app = spawn_app().await;
    let mut client = app.connect("session_id=bad%20id!").await;
    let (frames, close) = client.recv_until_close().await;
    assert_eq!(frames[0]["error_code"], "VALIDATION_ERROR");
    assert_eq!(frames[0]["details"][0]["field"], "session_id");
    assert_eq!(u16::from(close.expect("a close frame").code), 1008);
}

#[tokio::test]
async fn a_second_connection_takes_the_session_over_and_the_first_gets_4001() {
    let app = spawn_app().await;
    let (mut first, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    first.say(&client_says("Hello")).await;
    let (mut second, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(init["resumed"], true);
    assert_eq!(init["history_length"], 1);
    let (frames, close) = first.recv_until_close().await;
    assert_eq!(frames.len(), 1, "{frames:?}");
    assert_eq!(frames[0]["error_code"], "SESSION_ERROR");
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 4001);
    assert_eq!(close.reason.as_str(), "session taken over");
    assert_eq!(second.say(&client_says("Now here")).await["reply_to"], 2);
    let (_, info) = app.get(&format!("/ws/sessions/{id}")).await;
    assert_eq!(info["connected"], true, "the new connection stays attached");
}

#[tokio::test]
async fn deleting_a_live_session_closes_its_socket_with_4000() {
    let app = spawn_app().await;
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    client.say(&client_says("Hello")).await;
    let (status, body) = app.delete(&format!("/ws/sessions/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(body, json!({ "status": "deleted", "session_id": id }));
    let (frames, close) = client.recv_until_close().await;
    assert_eq!(frames[0]["error_code"], "SESSION_ERROR");
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 4000);
    assert_eq!(close.reason.as_str(), "session deleted");
    let (status, _) = app.get(&format!("/ws/sessions/{id}")).await;
    assert_eq!(status, 404);
}

fn short_expiry() -> callshadow::config::Settings {
    let mut settings = test_settings();
    settings.sessions.timeout = Duration::from_millis(300);
    settings.access.empty_session_ttl = Duration::from_millis(300);
    settings.sessions.cleanup_interval = Duration::from_millis(50);
    settings
}

#[tokio::test]
async fn a_detached_session_expires_after_the_timeout() {
    let app = spawn_app_with(short_expiry(), None).await;
    let (client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    client.close().await;
    let gone = wait_for(|| async { app.get(&format!("/ws/sessions/{id}")).await.0 == 404 }).await;
    assert!(gone, "the detached session expired");
    let (_, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(init["resumed"], false, "an expired id starts afresh");
}

#[tokio::test]
async fn an_attached_session_never_expires() {
    let app = spawn_app_with(short_expiry(), None).await;
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    for _ in 0..3 {
        // A detached witness, idle as long as `id`: once it expired, so could `id` have.
        let (witness, init) = app.connect_init("").await;
        let witness_id = init["session_id"].as_str().unwrap().to_owned();
        witness.close().await;
        let path = format!("/ws/sessions/{witness_id}");
        assert!(wait_for(|| async { app.get(&path).await.0 == 404 }).await);
    }
    let (status, info) = app.get(&format!("/ws/sessions/{id}")).await;
    assert_eq!(status, 200, "three timeouts later, still there");
    assert_eq!(info["connected"], true);
    assert_eq!(client.say(&client_says("Still here")).await["reply_to"], 1);
}

#[tokio::test]
async fn past_max_sessions_a_new_session_is_refused_with_1013_but_resume_works() {
    let mut settings = test_settings();
    settings.sessions.max_sessions = 2;
    let app = spawn_app_with(settings, None).await;
    let (first, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let (_second, _) = app.connect_init("").await;
    let mut third = app.connect("").await;
    let (frames, close) = third.recv_until_close().await;
    assert_eq!(frames[0]["type"], "error");
    assert_eq!(frames[0]["error_code"], "SESSION_ERROR");
    assert_eq!(u16::from(close.expect("a close frame").code), 1013);
    first.close().await;
    let (_, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(init["resumed"], true, "resuming needs no new slot");
    let (status, _) = app.delete(&format!("/ws/sessions/{id}")).await;
    assert_eq!(status, 200);
    let (_, init) = app.connect_init("").await;
    assert_eq!(init["resumed"], false, "a deleted session frees its slot");
}
