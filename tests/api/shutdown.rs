//! Graceful shutdown: in-flight replies finish, sockets close with 1001, exit 0.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::helpers::{
    Client, Script, ScriptedProvider, client_says, spawn_app_with, test_settings,
};

#[tokio::test]
async fn shutdown_lets_in_flight_replies_finish_then_closes_with_1001() {
    let provider = ScriptedProvider::new(Duration::from_millis(400), Script::Answer);
    let app = spawn_app_with(test_settings(), Some(provider)).await;
    let (mut busy, _) = app.connect_init("").await;
    let (mut idle, _) = app.connect_init("").await;
    busy.send_json(&client_says("One")).await;
    busy.send_json(&client_says("Two")).await;
    tokio::time::sleep(Duration::from_millis(50)).await;
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
    tokio::time::sleep(Duration::from_millis(50)).await;
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

/// Starts the real binary on a free port, with `env` on top of the defaults;
/// returns it and its address.
pub fn start_binary(env: &[(&str, &str)]) -> (std::process::Child, String) {
    let (child, address, _) = start_binary_logged(env);
    (child, address)
}

/// As [`start_binary`], also returning the JSON log lines that follow the address.
pub fn start_binary_logged(
    env: &[(&str, &str)],
) -> (std::process::Child, String, mpsc::Receiver<Value>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_callshadow"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .envs([("PORT", "0"), ("LOG_FORMAT", "json"), ("LOG_LEVEL", "info")])
        .envs(env.iter().copied())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let address = loop {
        let line = lines.next().expect("the server logs its address").unwrap();
        let log: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        if let Some(address) = log["address"].as_str() {
            break address.to_owned();
        }
    };
    let (logs, logged) = mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = logs.send(serde_json::from_str(&line).unwrap_or(Value::Null));
        }
    });
    (child, address, logged)
}

#[tokio::test]
async fn sigterm_closes_sockets_with_1001_and_the_process_exits_0() {
    let (mut child, address) = start_binary(&[]);
    let url = format!("ws://{address}/ws/conversation");
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    assert_eq!(client.recv_json().await["type"], "session_init");
    assert_eq!(
        client.say(&client_says("Hello")).await["type"],
        "suggestion"
    );
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let (_, close) = client.recv_until_close().await;
    assert_eq!(u16::from(close.expect("a close frame").code), 1001);
    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status.code(), Some(0));
}
