//! A connection's timing on tokio's paused clock: the connection runs over
//! channels instead of a socket, with the embedded analyzer, so pings, silent
//! clients and slow readers are checked to the millisecond without waiting.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message};
use futures_util::{Sink, Stream};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::connection::{ConnectRequest, run};
use crate::config::{Settings, Sources};
use crate::startup::build_state;
use crate::state::AppState;

/// The client's end of a connection running over channels.
struct Peer {
    to_server: mpsc::UnboundedSender<Result<Message, axum::Error>>,
    from_server: mpsc::Receiver<Message>,
}

impl Peer {
    fn send_text(&self, value: &Value) {
        let text = Message::Text(value.to_string().into());
        self.to_server.send(Ok(text)).unwrap();
    }

    async fn next(&mut self) -> Option<Message> {
        self.from_server.recv().await
    }

    async fn next_json(&mut self) -> Value {
        loop {
            match self.next().await {
                Some(Message::Text(text)) => return serde_json::from_str(&text).unwrap(),
                Some(Message::Ping(_)) => {}
                other => panic!("expected a text frame, got {other:?}"),
            }
        }
    }

    /// Reads until the close frame; returns it and the text frames before it.
    async fn until_close(&mut self) -> (Vec<Value>, Option<CloseFrame>) {
        let mut frames = Vec::new();
        while let Some(message) = self.next().await {
            match message {
                Message::Text(text) => frames.push(serde_json::from_str(&text).unwrap()),
                Message::Close(close) => return (frames, close),
                _ => {}
            }
        }
        (frames, None)
    }
}

fn settings(edit: impl FnOnce(&mut Settings)) -> Settings {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let sources = Sources::with_env(root.join("config"), HashMap::new());
    let mut settings = Settings::load(&sources).unwrap();
    settings.agents.prompts_dir = root.join("prompts");
    edit(&mut settings);
    settings
}

/// Starts a connection with `settings`; the server may write `window` frames
/// ahead of the client's reading (a socket's buffers).
fn connect(settings: Settings, window: usize) -> (AppState, Peer, JoinHandle<()>) {
    let state = build_state(settings, None).unwrap();
    let (to_server, incoming) = mpsc::unbounded_channel();
    let (outgoing, from_server) = mpsc::channel(window);
    let connection = tokio::spawn(run(
        sink(outgoing),
        stream(incoming),
        state.clone(),
        ConnectRequest {
            session_id: Some("paused-clock-session".to_owned()),
            ..ConnectRequest::default()
        },
    ));
    (
        state,
        Peer {
            to_server,
            from_server,
        },
        connection,
    )
}

fn sink(outgoing: mpsc::Sender<Message>) -> impl Sink<Message> + Unpin + Send + 'static {
    Box::pin(futures_util::sink::unfold(
        outgoing,
        |outgoing, message| async move {
            outgoing.send(message).await.map_err(|_| ())?;
            Ok::<_, ()>(outgoing)
        },
    ))
}

fn stream(
    mut incoming: mpsc::UnboundedReceiver<Result<Message, axum::Error>>,
) -> impl Stream<Item = Result<Message, axum::Error>> + Unpin {
    futures_util::stream::poll_fn(move |cx| incoming.poll_recv(cx))
}

fn hello() -> Value {
    json!({"text": "Hello, who am I speaking with?", "speaker": "client",
           "sentiment": "neutral", "emotion": "curious"})
}

#[tokio::test(start_paused = true)]
async fn a_silent_client_is_pinged_each_interval_then_closed_with_1008_at_pong_timeout() {
    let (state, mut peer, connection) = connect(settings(|_| {}), 16);
    let started = Instant::now();
    assert_eq!(peer.next_json().await["type"], "session_init");
    let mut pings = Vec::new();
    let close = loop {
        match peer.next().await.unwrap() {
            Message::Ping(_) => pings.push(started.elapsed()),
            Message::Close(close) => break close.unwrap(),
            other => panic!("unexpected {other:?}"),
        }
    };
    let interval = state.settings.flow.ping_interval;
    assert_eq!(
        pings,
        vec![interval],
        "one ping, PING_INTERVAL after the start"
    );
    assert_eq!(started.elapsed(), state.settings.flow.pong_timeout);
    assert_eq!(close.code, 1008);
    assert!(close.reason.contains("PONG_TIMEOUT"), "{}", close.reason);
    drop(peer);
    connection.await.unwrap();
    assert_eq!(state.ws_stats.ping_timeouts.load(Ordering::Relaxed), 1);
    let info = state
        .sessions
        .info("paused-clock-session")
        .await
        .unwrap()
        .unwrap();
    assert!(
        !info.connected,
        "the session is detached and stays resumable"
    );
}

#[tokio::test(start_paused = true)]
async fn a_client_that_answers_pings_stays_connected_for_an_hour() {
    let (state, mut peer, _connection) = connect(settings(|_| {}), 16);
    assert_eq!(peer.next_json().await["type"], "session_init");
    let started = Instant::now();
    let mut pings = 0;
    while started.elapsed() < Duration::from_secs(3600) {
        match peer.next().await.unwrap() {
            Message::Ping(payload) => {
                pings += 1;
                peer.to_server.send(Ok(Message::Pong(payload))).unwrap();
            }
            other => panic!("only pings expected, got {other:?}"),
        }
    }
    let expected = 3600 / state.settings.flow.ping_interval.as_secs();
    assert_eq!(pings, expected, "a ping every PING_INTERVAL");
    peer.send_text(&hello());
    assert_eq!(
        peer.next_json().await["type"],
        "suggestion",
        "still connected"
    );
}

#[tokio::test(start_paused = true)]
async fn a_client_that_stops_reading_is_closed_with_1008_after_slow_reader_timeout() {
    let patience = Duration::from_millis(500);
    let settings = settings(|s| {
        s.flow.max_buffered_frames = 4;
        s.flow.slow_reader_timeout = patience;
    });
    let (state, mut peer, connection) = connect(settings, 1);
    let started = Instant::now();
    for _ in 0..20 {
        peer.send_text(&hello());
    }
    while state.ws_stats.slow_readers.load(Ordering::Relaxed) == 0 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let noticed = started.elapsed();
    assert!(
        noticed >= patience && noticed < patience + Duration::from_millis(10),
        "the client counted as not reading after SLOW_READER_TIMEOUT_MS: {noticed:?}"
    );
    assert!(state.ws_stats.buffered_frames.load(Ordering::Relaxed) <= 4);
    let (frames, close) = peer.until_close().await;
    assert_eq!(frames[0]["type"], "session_init");
    let close = close.expect("the close frame follows what the client had not read");
    assert_eq!(close.code, 1008);
    assert!(close.reason.contains("not reading"), "{}", close.reason);
    drop(peer);
    connection.await.unwrap();
    assert_eq!(state.ws_stats.buffered_frames.load(Ordering::Relaxed), 0);
}

#[tokio::test(start_paused = true)]
async fn a_frame_over_the_size_limit_closes_with_1009_and_a_binary_one_with_1003() {
    let too_big = tungstenite::error::CapacityError::MessageTooLong {
        size: 70_000,
        max_size: 65_536,
    };
    let cases = [
        (
            Err(axum::Error::new(tungstenite::Error::Capacity(too_big))),
            1009,
        ),
        (Ok(Message::Binary(vec![1, 2, 3].into())), 1003),
    ];
    for (frame, code) in cases {
        let (_state, mut peer, connection) = connect(settings(|_| {}), 16);
        assert_eq!(peer.next_json().await["type"], "session_init");
        peer.to_server.send(frame).unwrap();
        let (_, close) = peer.until_close().await;
        assert_eq!(close.unwrap().code, code);
        drop(peer);
        connection.await.unwrap();
    }
}
