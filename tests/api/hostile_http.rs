//! The HTTP listener against clients that hold sockets without finishing a
//! request (slowloris), as found on the release binary: 300 sockets that send
//! a request line and one header, then nothing, were all held after 40 s, and
//! SIGTERM waited for the attacker to let go.

use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{Server, TestApp, spawn_app_with, start_binary, test_settings, wait_for};

/// The start of a request that never ends: the request line and one header.
const HALF_REQUEST: &[u8] = b"GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n";

async fn half_requests(address: &str, count: usize) -> Vec<TcpStream> {
    let mut sockets = Vec::with_capacity(count);
    for _ in 0..count {
        let mut socket = TcpStream::connect(address).await.unwrap();
        socket.write_all(HALF_REQUEST).await.unwrap();
        sockets.push(socket);
    }
    sockets
}

/// What the server wrote before it closed `socket` (None if it did not
/// close within 15 s).
async fn read_until_closed(socket: &mut TcpStream) -> Option<String> {
    let mut received = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(15), async {
        let mut buffer = [0_u8; 1024];
        loop {
            match socket.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            }
        }
    })
    .await;
    read.ok()
        .map(|()| String::from_utf8_lossy(&received).into_owned())
}

async fn ready(address: &str) -> Value {
    reqwest::get(format!("http://{address}/ready"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn spawn_listener_app(edit: impl FnOnce(&mut callshadow::config::Settings)) -> TestApp {
    let mut settings = test_settings();
    edit(&mut settings);
    spawn_app_with(settings, None).await
}

#[tokio::test]
async fn sockets_that_never_finish_their_headers_are_closed_at_the_header_read_timeout() {
    // Arrange
    let app = spawn_listener_app(|s| {
        s.server.header_read_timeout = Duration::from_secs(1);
        s.flow.max_connections_per_ip = None;
    })
    .await;
    let address = app.address.to_string();

    // Act
    let mut sockets = half_requests(&address, 300).await;

    // Assert
    for socket in &mut sockets {
        let answer = read_until_closed(socket).await;
        assert!(
            answer.is_some(),
            "every slow socket is closed by the server"
        );
    }
    let counted =
        wait_for(|| async { ready(&address).await["http_header_timeouts"].as_u64() >= Some(300) })
            .await;
    assert!(counted, "the closures are counted as header timeouts");
    let (status, _) = app.get("/health").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn a_client_trickling_its_headers_is_cut_when_the_timeout_runs_out() {
    // Arrange: a request head of 60 bytes sent one byte every 50 ms takes 3 s.
    let app = spawn_listener_app(|s| s.server.header_read_timeout = Duration::from_secs(1)).await;
    let mut socket = TcpStream::connect(app.address).await.unwrap();
    let head = format!(
        "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: {}\r\n\r\n",
        "a".repeat(20)
    );
    let started = Instant::now();

    // Act
    let mut sent = 0;
    for byte in head.bytes() {
        if socket.write_all(&[byte]).await.is_err() {
            break;
        }
        sent += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let answer = read_until_closed(&mut socket).await;

    // Assert
    assert!(answer.is_some(), "the server closed the socket");
    assert!(
        !answer.unwrap().contains("200 OK"),
        "the trickled request was not served"
    );
    assert!(sent < head.len(), "cut before the head was complete");
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "progress does not matter, the whole head has one deadline, but it is not cut early"
    );
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_the_header_read_timeout() {
    // Arrange
    let app = spawn_listener_app(|s| s.server.header_read_timeout = Duration::from_secs(1)).await;
    let mut socket = TcpStream::connect(app.address).await.unwrap();

    // Act: one whole request, then silence on a keep-alive connection.
    socket
        .write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let answer = read_until_closed(&mut socket).await;

    // Assert
    let answer = answer.expect("the idle connection is closed");
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
}

#[tokio::test]
async fn a_request_head_over_the_limit_gets_431() {
    // Arrange
    let app = spawn_listener_app(|s| s.server.max_header_bytes = 4096).await;
    let mut socket = TcpStream::connect(app.address).await.unwrap();
    let head = format!(
        "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\n\r\n",
        "a".repeat(8192)
    );

    // Act
    let _ = socket.write_all(head.as_bytes()).await;
    let answer = read_until_closed(&mut socket).await.expect("closed");

    // Assert
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
}

#[tokio::test]
async fn connections_past_the_cap_get_503_at_accept_and_websockets_keep_their_slot() {
    // Arrange: a cap of 3 connections, two of them WebSockets.
    let app = spawn_listener_app(|s| s.server.max_connections = Some(3)).await;
    let (first, _) = app.connect_init("").await;
    let (_second, _) = app.connect_init("").await;
    let _idle = half_requests(&app.address.to_string(), 1).await;
    let ready = || async { app.state.listener.open() == 3 };
    assert!(wait_for(ready).await, "three connections counted");

    // Act
    let mut refused = TcpStream::connect(app.address).await.unwrap();
    let answer = read_until_closed(&mut refused)
        .await
        .expect("closed at once");

    // Assert
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert_eq!(app.state.listener.refused(), 1);
    first.close().await;
    let freed = || async { app.state.listener.open() == 2 };
    assert!(wait_for(freed).await, "a closed WebSocket frees its slot");
    let (status, _) = app.get("/health").await;
    assert_eq!(status, 200, "a new connection is served again");
}

#[tokio::test]
async fn one_address_cannot_hold_more_than_its_share_of_sockets() {
    // Arrange
    let app = spawn_listener_app(|s| s.flow.max_connections_per_ip = Some(3)).await;
    let address = app.address.to_string();
    let _held = half_requests(&address, 6).await;
    assert!(wait_for(|| async { app.state.listener.open() == 6 }).await);

    // Act: twice MAX_CONNECTIONS_PER_IP are held, the next is refused.
    let mut seventh = TcpStream::connect(app.address).await.unwrap();
    let answer = read_until_closed(&mut seventh)
        .await
        .expect("closed at once");

    // Assert
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
}

#[tokio::test]
async fn sigterm_during_a_slowloris_attack_stops_the_binary_within_its_grace_period() {
    // Arrange: the header timeout far away, so only the shutdown bound acts.
    let server: Server = start_binary(&[
        ("SHUTDOWN_GRACE_SECONDS", "1"),
        ("HTTP_HEADER_READ_TIMEOUT_SECONDS", "600"),
        ("MAX_CONNECTIONS_PER_IP", "0"),
    ]);
    let address = server.address.clone();
    let _attack = half_requests(&address, 300).await;
    let held =
        wait_for(|| async { ready(&address).await["http_connections"].as_u64() >= Some(300) });
    assert!(held.await, "the attacker holds 300 sockets");

    // Act
    let started = Instant::now();
    server.signal("-TERM");
    let status = tokio::time::timeout(Duration::from_secs(30), server.wait()).await;

    // Assert: one second of grace, five of margin for the WebSockets' goodbyes.
    let status = status.expect("the server exits while the attacker still holds its sockets");
    assert_eq!(status.code(), Some(0));
    assert!(
        started.elapsed() < Duration::from_secs(7),
        "exited in {:?}",
        started.elapsed()
    );
}
