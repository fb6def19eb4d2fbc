//! The write side of a connection: the only owner of the socket's sink, so frames
//! go out in the order they were queued and the close frame is always last.

use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket};
use futures_util::SinkExt;
use futures_util::stream::SplitSink;
use tokio::sync::mpsc;

/// Frames queued for one connection before senders wait.
pub(super) const OUTBOX_FRAMES: usize = 64;

/// Time a close handshake may take before the socket is dropped.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(1);

/// Something to write to the socket.
#[derive(Debug)]
pub(super) enum Outgoing {
    /// A JSON text frame.
    Frame(String),
    /// A close frame with its code and reason; nothing is written after it.
    Close(u16, String),
}

/// Writes queued frames until a close frame, a write error, or the queue's end.
pub(super) async fn run(
    mut sink: SplitSink<WebSocket, Message>,
    mut queue: mpsc::Receiver<Outgoing>,
) {
    while let Some(item) = queue.recv().await {
        match item {
            Outgoing::Frame(text) => {
                if sink.send(Message::Text(text.into())).await.is_err() {
                    return;
                }
            }
            Outgoing::Close(code, reason) => {
                let frame = CloseFrame {
                    code,
                    reason: reason.into(),
                };
                let _ = sink.send(Message::Close(Some(frame))).await;
                break;
            }
        }
    }
    let _ = tokio::time::timeout(CLOSE_TIMEOUT, sink.close()).await;
}
