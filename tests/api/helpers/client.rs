//! A WebSocket client speaking the protocol, and the messages tests send. Every
//! text frame it receives is checked against the server-frame schema first
//! ([`super::frames`]).

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::frames::{check_server_frame, parse_server_frame};

/// How long a test waits for a frame before failing.
pub const FRAME_TIMEOUT: Duration = Duration::from_secs(5);

/// A WebSocket client speaking the protocol.
pub struct Client {
    pub(super) ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Client {
    /// Wraps an already connected stream.
    pub fn from_stream(ws: WebSocketStream<MaybeTlsStream<TcpStream>>) -> Self {
        Self { ws }
    }

    /// Sends a JSON value as a text frame.
    pub async fn send_json(&mut self, value: &Value) {
        self.send_text(&value.to_string()).await;
    }

    /// Sends a raw text frame.
    pub async fn send_text(&mut self, text: &str) {
        self.ws
            .send(Message::text(text))
            .await
            .expect("send succeeds");
    }

    /// Sends a raw frame of any kind.
    pub async fn send_raw(&mut self, message: Message) {
        let _ = self.ws.send(message).await;
    }

    /// The next JSON frame; fails on close or after [`FRAME_TIMEOUT`].
    pub async fn recv_json(&mut self) -> Value {
        loop {
            let next = tokio::time::timeout(FRAME_TIMEOUT, self.ws.next())
                .await
                .expect("a frame arrives in time");
            match next {
                Some(Ok(Message::Text(text))) => {
                    return parse_server_frame(text.as_str());
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                other => panic!("expected a text frame, got {other:?}"),
            }
        }
    }

    /// The next JSON frame if one arrives within `wait`; `None` otherwise.
    pub async fn try_recv_json(&mut self, wait: Duration) -> Option<Value> {
        loop {
            match tokio::time::timeout(wait, self.ws.next()).await {
                Err(_) => return None,
                Ok(Some(Ok(Message::Text(text)))) => {
                    return Some(parse_server_frame(text.as_str()));
                }
                Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => {}
                Ok(other) => panic!("expected a text frame, got {other:?}"),
            }
        }
    }

    /// Reads until the server closes; returns the text frames seen and the close frame.
    pub async fn recv_until_close(&mut self) -> (Vec<Value>, Option<CloseFrame>) {
        let mut frames = Vec::new();
        loop {
            let next = tokio::time::timeout(FRAME_TIMEOUT, self.ws.next())
                .await
                .expect("the server closes in time");
            match next {
                Some(Ok(Message::Text(text))) => {
                    frames.push(parse_server_frame(text.as_str()));
                }
                Some(Ok(Message::Close(frame))) => return (frames, frame),
                Some(Ok(_)) => {}
                None | Some(Err(_)) => return (frames, None),
            }
        }
    }

    /// Reads until the server closes or a frame of type `kind` arrives; returns
    /// the text frames seen and the close frame, if it came.
    pub async fn recv_until_close_or_frame(
        &mut self,
        kind: &str,
    ) -> (Vec<Value>, Option<CloseFrame>) {
        let mut frames: Vec<Value> = Vec::new();
        loop {
            let next = tokio::time::timeout(FRAME_TIMEOUT, self.ws.next())
                .await
                .expect("a frame or the close arrives in time");
            match next {
                Some(Ok(Message::Text(text))) => {
                    let frame = parse_server_frame(text.as_str());
                    let done = frame["type"] == kind;
                    frames.push(frame);
                    if done {
                        return (frames, None);
                    }
                }
                Some(Ok(Message::Close(frame))) => return (frames, frame),
                Some(Ok(_)) => {}
                None | Some(Err(_)) => return (frames, None),
            }
        }
    }

    /// The next JSON frame if one arrives within `window`.
    pub async fn recv_within(&mut self, window: Duration) -> Option<Value> {
        loop {
            match tokio::time::timeout(window, self.ws.next()).await {
                Ok(Some(Ok(Message::Text(text)))) => {
                    return serde_json::from_str(text.as_str())
                        .ok()
                        .inspect(check_server_frame);
                }
                Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => {}
                _ => return None,
            }
        }
    }

    /// The next frame of any kind, raw (a text frame checked against the
    /// schema all the same); `None` once the connection is over.
    pub async fn recv_raw(&mut self) -> Option<Message> {
        let next = tokio::time::timeout(FRAME_TIMEOUT, self.ws.next())
            .await
            .expect("a frame arrives in time");
        let message = next.and_then(Result::ok);
        if let Some(Message::Text(text)) = &message {
            parse_server_frame(text.as_str());
        }
        message
    }

    /// Sends `message` and returns the frame that answers it.
    pub async fn say(&mut self, message: &Value) -> Value {
        self.send_json(message).await;
        self.recv_json().await
    }

    /// Closes the connection from the client side.
    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

/// A client utterance with a neutral tone.
pub fn client_says(text: &str) -> Value {
    json!({ "text": text, "speaker": "client", "sentiment": "neutral", "emotion": "neutral" })
}
