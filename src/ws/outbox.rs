//! The bounded queue of frames waiting for the client. Producers never wait on a
//! client: a full queue means the client does not read, and the connection ends.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::frames::ServerFrame;
use super::stats::WsStats;

/// How long a goodbye (close frame) may wait for room in the queue.
const CLOSE_WAIT: Duration = Duration::from_secs(1);

/// Something to write to the socket.
#[derive(Debug)]
pub(super) enum Outgoing {
    /// A JSON text frame.
    Frame(String),
    /// A ping, for keep-alive.
    Ping,
    /// A close frame with its code and reason; nothing is written after it.
    Close(u16, String),
}

/// The sending side of a connection's outgoing queue.
#[derive(Debug, Clone)]
pub(super) struct Outbox {
    queue: mpsc::Sender<Outgoing>,
    overflow: CancellationToken,
    stats: Arc<WsStats>,
}

impl Outbox {
    /// A queue of `capacity` frames, and its receiving end for the writer.
    pub(super) fn new(capacity: usize, stats: Arc<WsStats>) -> (Self, mpsc::Receiver<Outgoing>) {
        let (queue, receiver) = mpsc::channel(capacity);
        let outbox = Self {
            queue,
            overflow: CancellationToken::new(),
            stats,
        };
        (outbox, receiver)
    }

    /// Queues a frame without waiting. Returns `false` when the queue is full
    /// (the client is marked as not reading) or closed.
    pub(super) fn push(&self, frame: &ServerFrame) -> bool {
        self.push_json(frame.to_json())
    }

    /// As [`Outbox::push`], for a frame already serialized.
    pub(super) fn push_json(&self, json: String) -> bool {
        self.push_raw(Outgoing::Frame(json))
    }

    /// Queues a ping without waiting.
    pub(super) fn ping(&self) -> bool {
        self.push_raw(Outgoing::Ping)
    }

    fn push_raw(&self, item: Outgoing) -> bool {
        match self.queue.try_send(item) {
            Ok(()) => {
                self.stats.buffered_frames.fetch_add(1, Ordering::Relaxed);
                true
            }
            Err(mpsc::error::TrySendError::Full(_)) => {
                if !self.overflow.is_cancelled() {
                    tracing::warn!("the client does not read: its outgoing buffer is full");
                    self.overflow.cancel();
                }
                false
            }
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        }
    }

    /// Queues a close frame after what is queued, waiting briefly for room.
    pub(super) async fn close(&self, code: u16, reason: &str) {
        let item = Outgoing::Close(code, reason.to_owned());
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
