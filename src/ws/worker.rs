//! The scheduling side of a connection: takes queued work in order and decides
//! which messages are answered. In `every` mode each message gets its own answer;
//! in `latest` mode the messages that arrive during a call are folded into one
//! call for the newest, and the others get an `ack`. Answering itself is
//! [`Responder`]'s.

use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use super::answer::Responder;
use super::outbox::Outbox;
use super::queue::{self, Intake, Job, Queue, Work};
use crate::config::SuggestionMode;
use crate::domain::Utterance;
use crate::session::Opened;
use crate::state::AppState;

/// The running worker of one connection.
pub(super) struct Worker {
    handle: JoinHandle<()>,
    /// Stops the worker and every call it has in flight (made with the worker:
    /// a connection that never sends a message has none).
    cancel: CancellationToken,
}

/// Starts the worker; messages go in through the returned intake.
pub(super) fn spawn(state: &AppState, opened: &Opened, outbox: Outbox) -> (Worker, Intake) {
    let max_pending = state.settings.ws.max_pending_messages;
    let (intake, queue) = queue::channel(state.settings.flow.mode, max_pending);
    let cancel = CancellationToken::new();
    let responder = Responder::new(state, opened, outbox, cancel.clone());
    let task = match state.settings.flow.mode {
        SuggestionMode::Every => state
            .tracker
            .spawn(run_every(responder, queue).in_current_span()),
        SuggestionMode::Latest => state
            .tracker
            .spawn(run_latest(responder, queue, max_pending).in_current_span()),
    };
    (
        Worker {
            handle: task,
            cancel,
        },
        intake,
    )
}

impl Worker {
    /// Cancels the worker and waits for it to stop.
    pub(super) async fn stop(self) {
        self.cancel.cancel();
        let _ = self.handle.await;
    }

    /// Lets the worker answer what is queued within `grace`, then cancels it.
    /// The intake must be dropped already, so the queue ends.
    pub(super) async fn drain(mut self, grace: Duration) {
        if tokio::time::timeout(grace, &mut self.handle).await.is_err() {
            tracing::warn!("shutdown grace period over; cancelling the replies still in flight");
            self.cancel.cancel();
            let _ = self.handle.await;
        }
    }
}

/// `every`: one answer per message, in order, until the queue ends or an answer
/// cannot be delivered.
async fn run_every(responder: Responder, mut queue: Queue) {
    while let Some(work) = next_work(&responder, &mut queue).await {
        let answered = match work {
            Work::Job(job) => responder.answer(&job).await,
            Work::Ready(seq, json) => responder.deliver(seq, json).await,
        };
        if !answered {
            return;
        }
    }
}

async fn next_work(responder: &Responder, queue: &mut Queue) -> Option<Work> {
    tokio::select! {
        biased;
        () = responder.cancel.cancelled() => None,
        work = queue.recv() => work,
    }
}

/// Messages folded into the next call, newest last.
#[derive(Default)]
struct Pending {
    newest: Option<Job>,
    covered: Vec<Arc<Utterance>>,
}

impl Pending {
    /// Makes `job` the newest (the one it replaces waits to be acked); sends a
    /// ready answer at once. Past `max_covered` waiting, the oldest are acked now
    /// rather than held without bound.
    async fn push(&mut self, responder: &Responder, work: Work, max_covered: usize) {
        let job = match work {
            Work::Job(job) => job,
            Work::Ready(seq, json) => {
                responder.deliver(seq, json).await;
                return;
            }
        };
        if let Some(older) = self.newest.replace(job) {
            self.covered.push(older.utterance);
        }
        if self.covered.len() > max_covered {
            let early: Vec<_> = self.covered.drain(..self.covered.len() / 2).collect();
            let newest = self.newest.as_ref().map_or(0, |j| j.utterance.seq);
            responder.ack(&early, newest).await;
        }
    }
}

/// `latest`: one call at a time, always for the newest message.
async fn run_latest(responder: Responder, mut queue: Queue, max_covered: usize) {
    let mut pending = Pending::default();
    let mut open = true;
    loop {
        if pending.newest.is_none() {
            let Some(work) = next_work(&responder, &mut queue).await else {
                return;
            };
            pending.push(&responder, work, max_covered).await;
        }
        while let Some(work) = queue.try_recv() {
            pending.push(&responder, work, max_covered).await;
        }
        let Some(job) = pending.newest.take() else {
            continue;
        };
        let covered = std::mem::take(&mut pending.covered);
        responder.ack(&covered, job.utterance.seq).await;
        let call = responder.answer(&job);
        tokio::pin!(call);
        let answered = loop {
            tokio::select! {
                biased;
                answered = &mut call => break answered,
                work = queue.recv(), if open => match work {
                    Some(work) => pending.push(&responder, work, max_covered).await,
                    None => open = false,
                },
            }
        };
        if !answered || (!open && pending.newest.is_none()) {
            return;
        }
    }
}
