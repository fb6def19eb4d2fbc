//! The queue between a connection's reader and its worker.
//!
//! In `every` mode the answers must leave in `seq` order, so even a message
//! answered without the provider (BACKPRESSURE, RATE_LIMITED) has its frame
//! queued behind the ones before it; at most MAX_PENDING_MESSAGES messages wait
//! for the provider. The queue itself is bounded: when it is full the reader
//! stops reading until there is room, so a client that sends faster than it is
//! answered is slowed down by TCP instead of growing the server's memory.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};

use super::frames::ServerFrame;
use super::worker::Job;
use crate::config::SuggestionMode;

/// Items that may wait in the queue, per message allowed to wait for the provider.
const QUEUED_PER_PENDING: usize = 8;

/// Something for the worker to do, in order.
#[derive(Debug)]
pub(super) enum Work {
    /// A message to answer with the provider.
    Job(Job),
    /// An answer already made (JSON), to send after the ones queued before it.
    Ready(String),
}

/// A queued item and the room it takes.
#[derive(Debug)]
struct Queued {
    work: Work,
    _room: OwnedSemaphorePermit,
}

/// Room for one item in the queue.
#[derive(Debug)]
pub(super) struct Room(OwnedSemaphorePermit);

/// The reader's side.
#[derive(Debug)]
pub(super) struct Intake {
    sender: mpsc::UnboundedSender<Queued>,
    room: Arc<Semaphore>,
    waiting: Arc<AtomicUsize>,
    max_pending: usize,
    mode: SuggestionMode,
}

/// The worker's side.
#[derive(Debug)]
pub(super) struct Queue {
    receiver: mpsc::UnboundedReceiver<Queued>,
    waiting: Arc<AtomicUsize>,
}

/// A new queue for `mode`, with at most `max_pending` jobs waiting.
pub(super) fn channel(mode: SuggestionMode, max_pending: usize) -> (Intake, Queue) {
    let (sender, receiver) = mpsc::unbounded_channel();
    let waiting = Arc::new(AtomicUsize::new(0));
    let room = Arc::new(Semaphore::new(
        max_pending.saturating_mul(QUEUED_PER_PENDING).max(1),
    ));
    let intake = Intake {
        sender,
        room,
        waiting: Arc::clone(&waiting),
        max_pending,
        mode,
    };
    (intake, Queue { receiver, waiting })
}

impl Intake {
    /// Waits for room in the queue (`None` never happens: the room is never closed).
    pub(super) async fn room(&self) -> Option<Room> {
        Arc::clone(&self.room).acquire_owned().await.ok().map(Room)
    }

    /// Queues a job for the provider; hands it back when it cannot wait
    /// (`every` mode with MAX_PENDING_MESSAGES waiting) or the worker is gone.
    pub(super) fn submit(&self, room: Room, job: Job) -> Result<(), (Room, Job)> {
        let full = self.mode == SuggestionMode::Every
            && self.waiting.load(Ordering::Acquire) >= self.max_pending;
        if full || self.sender.is_closed() {
            return Err((room, job));
        }
        self.waiting.fetch_add(1, Ordering::AcqRel);
        // Only the connection's end closes the queue; then nothing is answered anyway.
        let _ = self.sender.send(Queued {
            work: Work::Job(job),
            _room: room.0,
        });
        Ok(())
    }

    /// Queues a ready answer behind the ones before it (`every` mode). Returns
    /// `false` when it should be sent at once instead: in `latest` mode (no order
    /// to keep) or without a worker.
    pub(super) fn answer_in_order(&self, room: Room, frame: &ServerFrame) -> bool {
        if self.mode == SuggestionMode::Latest || self.sender.is_closed() {
            return false;
        }
        let _ = self.sender.send(Queued {
            work: Work::Ready(frame.to_json()),
            _room: room.0,
        });
        true
    }
}

impl Queue {
    /// The next item; `None` once the reader is gone and the queue is empty.
    pub(super) async fn recv(&mut self) -> Option<Work> {
        let queued = self.receiver.recv().await;
        queued.map(|q| self.taken(q))
    }

    /// The next item if one is queued now.
    pub(super) fn try_recv(&mut self) -> Option<Work> {
        self.receiver.try_recv().ok().map(|q| self.taken(q))
    }

    /// Frees the item's room and, for a job, its place among the waiting.
    fn taken(&self, queued: Queued) -> Work {
        if matches!(queued.work, Work::Job(_)) {
            self.waiting.fetch_sub(1, Ordering::AcqRel);
        }
        queued.work
    }
}
