//! The queue between a connection's reader and its worker. In `every` mode the
//! answers must leave in `seq` order, so even a message answered without the
//! provider (BACKPRESSURE, RATE_LIMITED) has its frame queued behind the ones
//! before it; at most MAX_PENDING_MESSAGES messages wait for the provider.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::mpsc;

use super::frames::ServerFrame;
use super::worker::Job;
use crate::config::SuggestionMode;

/// Items queued beyond this many per pending message go out at once, out of
/// order: a flood must not hold memory without bound.
const QUEUED_PER_PENDING: usize = 8;

/// Something for the worker to do, in order.
#[derive(Debug)]
pub(super) enum Work {
    /// A message to answer with the provider.
    Job(Job),
    /// An answer already made (JSON), to send after the ones queued before it.
    Ready(String),
}

#[derive(Debug, Default)]
struct Counts {
    /// Jobs queued and not yet taken by the worker.
    waiting: AtomicUsize,
    /// Every item queued.
    queued: AtomicUsize,
}

/// The reader's side.
#[derive(Debug)]
pub(super) struct Intake {
    sender: mpsc::UnboundedSender<Work>,
    counts: Arc<Counts>,
    max_pending: usize,
    mode: SuggestionMode,
}

/// The worker's side.
#[derive(Debug)]
pub(super) struct Queue {
    receiver: mpsc::UnboundedReceiver<Work>,
    counts: Arc<Counts>,
}

/// A new queue for `mode`, with at most `max_pending` jobs waiting.
pub(super) fn channel(mode: SuggestionMode, max_pending: usize) -> (Intake, Queue) {
    let (sender, receiver) = mpsc::unbounded_channel();
    let counts = Arc::new(Counts::default());
    let intake = Intake {
        sender,
        counts: Arc::clone(&counts),
        max_pending,
        mode,
    };
    (intake, Queue { receiver, counts })
}

impl Intake {
    /// Queues a job for the provider; hands it back when it cannot wait
    /// (`every` mode with MAX_PENDING_MESSAGES waiting) or the worker is gone.
    pub(super) fn submit(&self, job: Job) -> Result<(), Job> {
        let full = self.mode == SuggestionMode::Every
            && self.counts.waiting.load(Ordering::Acquire) >= self.max_pending;
        if full || self.sender.is_closed() {
            return Err(job);
        }
        self.counts.waiting.fetch_add(1, Ordering::AcqRel);
        self.counts.queued.fetch_add(1, Ordering::AcqRel);
        // Only the connection's end closes the queue; then nothing is answered anyway.
        let _ = self.sender.send(Work::Job(job));
        Ok(())
    }

    /// Queues a ready answer behind the ones before it (`every` mode). Returns
    /// `false` when it should be sent at once instead: in `latest` mode, in a
    /// flood, or without a worker.
    pub(super) fn answer_in_order(&self, frame: &ServerFrame) -> bool {
        let queued = self.counts.queued.load(Ordering::Acquire);
        let flood = queued >= self.max_pending * QUEUED_PER_PENDING;
        if self.mode == SuggestionMode::Latest || flood || self.sender.is_closed() {
            return false;
        }
        self.counts.queued.fetch_add(1, Ordering::AcqRel);
        let _ = self.sender.send(Work::Ready(frame.to_json()));
        true
    }
}

impl Queue {
    /// The next item; `None` once the reader is gone and the queue is empty.
    pub(super) async fn recv(&mut self) -> Option<Work> {
        let work = self.receiver.recv().await;
        self.taken(work.as_ref());
        work
    }

    /// The next item if one is queued now.
    pub(super) fn try_recv(&mut self) -> Option<Work> {
        let work = self.receiver.try_recv().ok();
        self.taken(work.as_ref());
        work
    }

    fn taken(&self, work: Option<&Work>) {
        let Some(work) = work else { return };
        self.counts.queued.fetch_sub(1, Ordering::AcqRel);
        if matches!(work, Work::Job(_)) {
            self.counts.waiting.fetch_sub(1, Ordering::AcqRel);
        }
    }
}
