//! The write side of a connection: the only owner of the socket's sink, so frames
//! go out in the order they were queued and the close frame is always last. When
//! the client stops reading, it abandons the queue and says so with close 1008.
//!
//! It writes to any `Sink` of WebSocket messages (the socket in the server, a
//! channel in tests), so its timing can be tested on tokio's paused clock.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message};
use futures_util::{Sink, SinkExt};
use tokio_util::sync::CancellationToken;

use super::frame_queue::Receiver;
use super::outbox::Outgoing;
use super::stats::WsStats;
use crate::error::Goodbye;

/// Time a close frame may take to go out before the socket is dropped.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(2);

/// Writes queued frames until a close frame, a write error, the queue's end, or
/// `overflow` (the client does not read).
pub(super) async fn run<S>(
    mut sink: S,
    mut queue: Receiver<Outgoing>,
    overflow: CancellationToken,
    stats: Arc<WsStats>,
) where
    S: Sink<Message> + Unpin,
{
    loop {
        let item = tokio::select! {
            biased;
            () = overflow.cancelled() => break,
            item = queue.recv() => item,
        };
        let Some(item) = item else { break };
        stats.buffered_frames.fetch_sub(1, Ordering::Relaxed);
        let message = match item {
            Outgoing::Frame(text) => Message::Text(text.into()),
            Outgoing::Ping => Message::Ping(Vec::new().into()),
            Outgoing::Close(goodbye) => {
                // The closing steps are boxed: they run once, and the writer's
                // future is held for the connection's whole life.
                Box::pin(send_close(&mut sink, goodbye)).await;
                return drain(queue, &stats);
            }
        };
        let sent = tokio::select! {
            biased;
            () = overflow.cancelled() => break,
            sent = sink.send(message) => sent,
        };
        if sent.is_err() {
            return drain(queue, &stats);
        }
    }
    if overflow.is_cancelled() {
        Box::pin(send_close(&mut sink, Goodbye::NotReading)).await;
    }
    let _ = Box::pin(tokio::time::timeout(CLOSE_TIMEOUT, sink.close())).await;
    drain(queue, &stats);
}

async fn send_close<S: Sink<Message> + Unpin>(sink: &mut S, goodbye: Goodbye) {
    let frame = CloseFrame {
        code: goodbye.code(),
        reason: goodbye.reason().into(),
    };
    let _ = tokio::time::timeout(CLOSE_TIMEOUT, sink.send(Message::Close(Some(frame)))).await;
}

/// Forgets what is still queued, keeping the buffered-frames count right.
fn drain(mut queue: Receiver<Outgoing>, stats: &WsStats) {
    queue.close();
    while queue.try_recv().is_some() {
        stats.buffered_frames.fetch_sub(1, Ordering::Relaxed);
    }
}
