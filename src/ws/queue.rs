//! The queue between a connection's read loop and its worker.
//!
//! In `every` mode the answers must leave in `seq` order, so even a message
//! answered without the provider (BACKPRESSURE, RATE_LIMITED) has its frame
//! queued behind the ones before it; at most MAX_PENDING_MESSAGES messages wait
//! for the provider. The queue itself is a bounded channel: the read loop takes
//! [`Room`] (a reserved slot) before it queues anything, and when the queue is full
//! it stops reading until there is room, so a client that sends faster than it is
//! answered is slowed down by TCP instead of growing the server's memory.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::mpsc;
use tokio::time::Instant;

use super::frames::ServerFrame;
use crate::config::SuggestionMode;
use crate::domain::Utterance;

/// Items that may wait in the queue, per message allowed to wait for the provider.
const QUEUED_PER_PENDING: usize = 8;

/// An accepted message waiting for its answer.
#[derive(Debug)]
pub(super) struct Job {
    /// The stored message.
    pub utterance: Arc<Utterance>,
    /// When it was accepted, for `latency_ms` and the deadline.
    pub accepted_at: Instant,
}

/// Something for the worker to do, in order.
#[derive(Debug)]
pub(super) enum Work {
    /// A message to answer with the provider.
    Job(Job),
    /// An answer already made to message `seq` (JSON), to send after the ones
    /// queued before it.
    Ready(u64, String),
}

/// Room for one item in the queue.
#[derive(Debug)]
pub(super) struct Room(mpsc::OwnedPermit<Work>);

/// The read loop's side.
#[derive(Debug)]
pub(super) struct Intake {
    sender: mpsc::Sender<Work>,
    waiting: Arc<AtomicUsize>,
    max_pending: usize,
    mode: SuggestionMode,
}

/// The worker's side.
#[derive(Debug)]
pub(super) struct Queue {
    receiver: mpsc::Receiver<Work>,
    waiting: Arc<AtomicUsize>,
}

/// A new queue for `mode`, with at most `max_pending` jobs waiting.
pub(super) fn channel(mode: SuggestionMode, max_pending: usize) -> (Intake, Queue) {
    let capacity = max_pending.saturating_mul(QUEUED_PER_PENDING).max(1);
    let (sender, receiver) = mpsc::channel(capacity);
    let waiting = Arc::new(AtomicUsize::new(0));
    let intake = Intake {
        sender,
        waiting: Arc::clone(&waiting),
        max_pending,
        mode,
    };
    (intake, Queue { receiver, waiting })
}

impl Intake {
    /// Waits for room in the queue; `None` once the worker is gone.
    pub(super) async fn room(&self) -> Option<Room> {
        self.sender.clone().reserve_owned().await.ok().map(Room)
    }

    /// Queues a job for the provider; hands it back when it cannot wait
    /// (`every` mode with MAX_PENDING_MESSAGES waiting).
    pub(super) fn submit(&self, room: Room, job: Job) -> Result<(), (Room, Job)> {
        let full = self.mode == SuggestionMode::Every
            && self.waiting.load(Ordering::Acquire) >= self.max_pending;
        if full {
            return Err((room, job));
        }
        self.waiting.fetch_add(1, Ordering::AcqRel);
        room.0.send(Work::Job(job));
        Ok(())
    }

    /// Queues a ready answer behind the ones before it (`every` mode). Returns
    /// `false` when it should be sent at once instead: in `latest` mode there is
    /// no order to keep.
    pub(super) fn answer_in_order(&self, room: Room, seq: u64, frame: &ServerFrame) -> bool {
        if self.mode == SuggestionMode::Latest {
            return false;
        }
        room.0.send(Work::Ready(seq, frame.to_json()));
        true
    }
}

impl Queue {
    /// The next item; `None` once the read loop is gone and the queue is empty.
    pub(super) async fn recv(&mut self) -> Option<Work> {
        let work = self.receiver.recv().await;
        work.map(|w| self.taken(w))
    }

    /// The next item if one is queued now.
    pub(super) fn try_recv(&mut self) -> Option<Work> {
        self.receiver.try_recv().ok().map(|w| self.taken(w))
    }

    /// Frees a job's place among those waiting for the provider.
    fn taken(&self, work: Work) -> Work {
        if matches!(work, Work::Job(_)) {
            self.waiting.fetch_sub(1, Ordering::AcqRel);
        }
        work
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{InputMessage, Sentiment, Speaker};

    fn job(seq: u64) -> Job {
        let input = InputMessage {
            text: format!("message {seq}"),
            speaker: Speaker::Client,
            sentiment: Sentiment::Neutral,
            emotion: "neutral".to_owned(),
            message_id: None,
            timestamp: None,
        };
        Job {
            utterance: Arc::new(input.into_utterance(seq)),
            accepted_at: Instant::now(),
        }
    }

    #[tokio::test]
    async fn in_every_mode_past_max_pending_a_job_is_handed_back() {
        let (intake, mut queue) = channel(SuggestionMode::Every, 2);
        for seq in 1..=2 {
            let room = intake.room().await.unwrap();
            assert!(intake.submit(room, job(seq)).is_ok());
        }
        let room = intake.room().await.unwrap();
        let (room, refused) = intake.submit(room, job(3)).unwrap_err();
        assert_eq!(refused.utterance.seq, 3);
        assert!(matches!(queue.recv().await, Some(Work::Job(j)) if j.utterance.seq == 1));
        assert!(
            intake.submit(room, job(3)).is_ok(),
            "a taken job frees its place"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_full_queue_makes_the_reader_wait_for_room() {
        let (intake, mut queue) = channel(SuggestionMode::Latest, 1);
        for seq in 1..=8 {
            let room = intake.room().await.unwrap();
            assert!(intake.submit(room, job(seq)).is_ok());
        }
        let waiting = tokio::time::timeout(std::time::Duration::from_secs(60), intake.room());
        assert!(waiting.await.is_err(), "no room while the queue is full");
        queue.try_recv().unwrap();
        assert!(intake.room().await.is_some(), "room once an item is taken");
    }

    #[tokio::test]
    async fn without_a_worker_there_is_no_room() {
        let (intake, queue) = channel(SuggestionMode::Every, 4);
        drop(queue);
        assert!(intake.room().await.is_none());
    }
}
