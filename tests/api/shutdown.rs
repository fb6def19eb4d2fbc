//! Graceful shutdown: in-flight replies finish, sockets close with 1001, exit 0.

use std::sync::atomic::Ordering;
use std::time::Duration;

use serde_json::Value;

use crate::helpers::{
    Client, Script, ScriptedProvider, client_says, eventually, spawn_app_with, start_binary,
    test_settings,
};

#[tokio::test]
async fn shutdown_lets_in_flight_replies_finish_then_closes_with_1001() {
    let provider = ScriptedProvider::new(Duration::from_millis(400), Script::Answer);
    let app = spawn_app_with(test_settings(), Some(provider.clone())).await;
    let (mut busy, init) = app.connect_init("").await;
    let busy_id = init["session_id"].as_str().unwrap().to_owned();
    let (mut idle, _) = app.connect_init("").await;
    busy.send_json(&client_says("One")).await;
    busy.send_json(&client_says("Two")).await;
    assert!(eventually(|| provider.started.load(Ordering::SeqCst) == 1).await);
    assert!(
        eventually(|| {
            let session = app.state.sessions.local(&busy_id).unwrap();
            callshadow::session::lock(&session).info("").message_count == 2
        })
        .await,
        "both messages accepted"
    );
    app.shutdown.cancel();
    let (frames, close) = busy.recv_until_close().await;
    let replies: Vec<&Value> = frames
        .iter()
        .filter(|f| f["type"] == "suggestion")
        .collect();
    assert_eq!(
        replies.len(),
        2,
        "both accepted messages are answered: {frames:?}"
    );
    assert_eq!(u16::from(close.expect("a close frame").code), 1001);
    let (_, close) = idle.recv_until_close().await;
    assert_eq!(u16::from(close.expect("a close frame").code), 1001);
    let result = tokio::time::timeout(Duration::from_secs(5), app.handle).await;
    assert!(result.expect("the server stops in time").unwrap().is_ok());
    assert!(
        tokio::net::TcpStream::connect(app.address).await.is_err(),
        "no longer accepting"
    );
}

#[tokio::test]
async fn replies_that_overrun_the_grace_period_are_cancelled_and_sockets_still_close() {
    let provider = ScriptedProvider::new(Duration::from_secs(60), Script::Answer);
    let mut settings = test_settings();
    settings.server.shutdown_grace = Duration::from_millis(200);
    let app = spawn_app_with(settings, Some(provider.clone())).await;
    let (mut client, _) = app.connect_init("").await;
    client.send_json(&client_says("Slow one")).await;
    assert!(eventually(|| provider.started.load(Ordering::SeqCst) == 1).await);
    app.shutdown.cancel();
    let (frames, close) = client.recv_until_close().await;
    assert!(frames.is_empty(), "{frames:?}");
    assert_eq!(u16::from(close.expect("a close frame").code), 1001);
    let result = tokio::time::timeout(Duration::from_secs(5), app.handle).await;
    assert!(result.expect("the server stops in time").unwrap().is_ok());
    assert_eq!(
        provider.cancelled.load(std::sync::atomic::Ordering::SeqCst),
        1
    );
}

#[tokio::test]
async fn sigterm_closes_sockets_with_1001_and_the_process_exits_0() {
    let server = start_binary(&[]);
    let url = format!("ws://{}/ws/conversation", server.address);
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    assert_eq!(client.recv_json().await["type"], "session_init");
    assert_eq!(
        client.say(&client_says("Hello")).await["type"],
        "suggestion"
    );
    server.signal("-TERM");
    let (_, close) = client.recv_until_close().await;
    assert_eq!(u16::from(close.expect("a close frame").code), 1001);
    assert_eq!(server.wait().await.code(), Some(0));
}
