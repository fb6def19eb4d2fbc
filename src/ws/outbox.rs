//! The bounded queue of frames waiting for the client. A producer waits a little
//! for room (a burst of answers is normal); a queue that stays full means the
//! client does not read, and the connection ends instead of growing memory.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::frame_queue::{self, Receiver, Sender, TryReserveError};
use super::frames::ServerFrame;
use super::stats::WsStats;
use crate::error::Goodbye;

/// How long a goodbye (close frame) may wait for room in the queue.
const CLOSE_WAIT: Duration = Duration::from_secs(1);

/// Something to write to the socket.
#[derive(Debug)]
pub(super) enum Outgoing {
    /// A JSON text frame.
    Frame(String),
    /// A ping, for keep-alive.
    Ping,
    /// A close frame; nothing is written after it.
    Close(Goodbye),
}

/// The sending side of a connection's outgoing queue.
#[derive(Debug, Clone)]
pub(super) struct Outbox {
    queue: Sender<Outgoing>,
    overflow: CancellationToken,
    stats: Arc<WsStats>,
    /// How long a frame may wait for room before the client counts as not reading.
    patience: Duration,
}

impl Outbox {
    /// A queue of `capacity` frames whose senders wait up to `patience` for
    /// room, and its receiving end for the writer.
    pub(super) fn new(
        capacity: usize,
        patience: Duration,
        stats: Arc<WsStats>,
    ) -> (Self, Receiver<Outgoing>) {
        let (queue, receiver) = frame_queue::channel(capacity);
        let overflow = CancellationToken::new();
        let outbox = Self {
            queue,
            overflow,
            stats,
            patience,
        };
        (outbox, receiver)
    }

    /// Queues a frame, waiting at most SLOW_READER_TIMEOUT_MS for room. Returns
    /// `false` when it could not: the queue is closed, or the client does not read
    /// (then the connection is marked and ends with close 1008). An error frame
    /// is counted in the metrics here.
    pub(super) async fn send(&self, frame: &ServerFrame) -> bool {
        if let ServerFrame::Error(error) = frame {
            super::metrics::error_sent(error.error_code);
        }
        self.send_json(frame.to_json()).await
    }

    /// As [`Outbox::send`], for a frame already serialized.
    pub(super) async fn send_json(&self, json: String) -> bool {
        let permit = match self.queue.try_reserve() {
            Ok(permit) => permit,
            Err(TryReserveError::Closed) => return false,
            Err(TryReserveError::Full) => {
                match tokio::time::timeout(self.patience, self.queue.reserve()).await {
                    Ok(Ok(permit)) => permit,
                    Ok(Err(_)) => return false,
                    Err(_) => {
                        self.mark_not_reading();
                        return false;
                    }
                }
            }
        };
        self.stats.buffered_frames.fetch_add(1, Ordering::Relaxed);
        permit.send(Outgoing::Frame(json));
        true
    }

    /// Queues a ping if there is room; a full queue skips it.
    pub(super) fn ping(&self) {
        if let Ok(permit) = self.queue.try_reserve() {
            self.stats.buffered_frames.fetch_add(1, Ordering::Relaxed);
            permit.send(Outgoing::Ping);
        }
    }

    fn mark_not_reading(&self) {
        if !self.overflow.is_cancelled() {
            tracing::warn!("the client does not read: its outgoing buffer stayed full");
            self.overflow.cancel();
        }
    }

    /// Queues a close frame after what is queued, waiting briefly for room.
    pub(super) async fn close(&self, goodbye: Goodbye) {
        let item = Outgoing::Close(goodbye);
        if let Ok(Ok(permit)) = tokio::time::timeout(CLOSE_WAIT, self.queue.reserve()).await {
            self.stats.buffered_frames.fetch_add(1, Ordering::Relaxed);
            permit.send(item);
        }
    }

    /// Fires when a frame could not be queued because the client does not read.
    pub(super) fn overflowed(&self) -> CancellationToken {
        self.overflow.clone()
    }
}
