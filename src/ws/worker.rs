//! The answer side of a connection: takes accepted messages in order and sends
//! exactly one frame per message. In `every` mode each message gets its own
//! answer; in `latest` mode the messages that arrive during a call are folded
//! into one call for the newest, and the others get an `ack`. Beside each
//! answer, the closing detector may add a `closing` frame.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::Instrument;

use super::frames::{
    AckFrame, ClosingFrame, ClosingMeta, ErrorFrame, ServerFrame, SuggestionFrame, SuggestionMeta,
};
use super::intake::{self, Intake, Queue, Work};
use super::outbox::Outbox;
use crate::agents::closing::{ClosingAgent, ClosingVerdict};
use crate::agents::conversation::Conversation;
use crate::agents::orchestrator::{Orchestrator, Reply};
use crate::agents::store::{PromptStore, Snapshot};
use crate::config::SuggestionMode;
use crate::session::message::Utterance;
use crate::session::{Opened, SessionHandle, lock};
use crate::state::AppState;

/// An accepted message waiting for its answer.
#[derive(Debug)]
pub(super) struct Job {
    /// The stored message.
    pub utterance: Arc<Utterance>,
    /// When it was accepted, for `latency_ms` and the deadline.
    pub accepted_at: Instant,
}

/// What the worker needs to answer.
struct Context {
    session: SessionHandle,
    session_id: String,
    prompt_version: String,
    orchestrator: Arc<Orchestrator>,
    closing: Arc<ClosingAgent>,
    prompts: Arc<PromptStore>,
    /// Stops the closing assessment still running, when a newer one starts.
    closing_in_flight: Mutex<Option<CancellationToken>>,
    tracker: TaskTracker,
    outbox: Outbox,
    cancel: CancellationToken,
    /// Most messages waiting for a covering call before they are acked early.
    max_covered: usize,
}

/// The running worker of one connection.
pub(super) struct Worker {
    handle: JoinHandle<()>,
}

/// Starts the worker; messages go in through the returned intake.
pub(super) fn spawn(
    state: &AppState,
    opened: &Opened,
    outbox: Outbox,
    cancel: CancellationToken,
) -> (Worker, Intake) {
    let max_pending = state.settings.ws.max_pending_messages;
    let (intake, queue) = intake::channel(state.settings.flow.mode, max_pending);
    let context = Context {
        session: opened.handle.clone(),
        session_id: opened.session_id.clone(),
        prompt_version: opened.prompt_version.clone(),
        orchestrator: Arc::clone(&state.orchestrator),
        closing: Arc::clone(&state.closing),
        prompts: Arc::clone(&state.prompts),
        closing_in_flight: Mutex::new(None),
        tracker: state.tracker.clone(),
        outbox,
        cancel,
        max_covered: max_pending,
    };
    let task = match state.settings.flow.mode {
        SuggestionMode::Every => state
            .tracker
            .spawn(run_every(context, queue).in_current_span()),
        SuggestionMode::Latest => state
            .tracker
            .spawn(run_latest(context, queue).in_current_span()),
    };
    (Worker { handle: task }, intake)
}

impl Worker {
    /// Waits for the worker to stop (after its cancellation).
    pub(super) async fn join(self) {
        let _ = self.handle.await;
    }

    /// Lets the worker answer what is queued within `grace`, then cancels it.
    /// The job sender must be dropped already, so the queue ends.
    pub(super) async fn drain(mut self, grace: Duration, cancel: &CancellationToken) {
        if tokio::time::timeout(grace, &mut self.handle).await.is_err() {
            tracing::warn!("shutdown grace period over; cancelling the replies still in flight");
            cancel.cancel();
            let _ = self.handle.await;
        }
    }
}

/// `every`: one answer per message, in order.
async fn run_every(context: Context, mut queue: Queue) {
    while let Some(work) = next_work(&context, &mut queue).await {
        let job = match work {
            Work::Job(job) => job,
            Work::Ready(json) => {
                context.outbox.send_json(json).await;
                continue;
            }
        };
        let answered = tokio::select! {
            biased;
            () = context.cancel.cancelled() => return,
            answered = answer(&context, &job) => answered,
        };
        if !answered {
            return;
        }
    }
}

async fn next_work(context: &Context, queue: &mut Queue) -> Option<Work> {
    tokio::select! {
        biased;
        () = context.cancel.cancelled() => None,
        job = queue.recv() => job,
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
    /// ready answer at once.
    async fn push(&mut self, context: &Context, work: Work) {
        let job = match work {
            Work::Job(job) => job,
            Work::Ready(json) => {
                context.outbox.send_json(json).await;
                return;
            }
        };
        if let Some(older) = self.newest.replace(job) {
            self.covered.push(older.utterance);
        }
        if self.covered.len() > context.max_covered {
            // A flood: ack the oldest now rather than hold them without bound.
            let early: Vec<_> = self.covered.drain(..self.covered.len() / 2).collect();
            let newest = self.newest.as_ref().map_or(0, |j| j.utterance.seq);
            ack(context, &early, newest).await;
        }
    }
}

/// `latest`: one call at a time, always for the newest message.
async fn run_latest(context: Context, mut queue: Queue) {
    let mut pending = Pending::default();
    let mut open = true;
    loop {
        if pending.newest.is_none() {
            let Some(work) = next_work(&context, &mut queue).await else {
                return;
            };
            pending.push(&context, work).await;
        }
        while let Some(work) = queue.try_recv() {
            pending.push(&context, work).await;
        }
        let Some(job) = pending.newest.take() else {
            continue;
        };
        ack(
            &context,
            &std::mem::take(&mut pending.covered),
            job.utterance.seq,
        )
        .await;
        let call = answer(&context, &job);
        tokio::pin!(call);
        let answered = loop {
            tokio::select! {
                biased;
                () = context.cancel.cancelled() => return,
                answered = &mut call => break answered,
                work = queue.recv(), if open => match work {
                    Some(work) => pending.push(&context, work).await,
                    None => open = false,
                },
            }
        };
        if !answered || (!open && pending.newest.is_none()) {
            return;
        }
    }
}

/// Tells the client each of `covered` is folded into the answer to `covered_by`.
async fn ack(context: &Context, covered: &[Arc<Utterance>], covered_by: u64) {
    for utterance in covered {
        let frame = ServerFrame::Ack(AckFrame::coalesced(
            utterance.seq,
            utterance.message_id.clone(),
            covered_by,
        ));
        context.outbox.send(&frame).await;
    }
}

/// Answers one message and, concurrently, asks the closing detector about it,
/// both with the same prompt snapshot: the answer is sent as soon as it is ready
/// (it never waits for the detector), the `closing` frame after it if the
/// detector fires. Returns `false` once the answer cannot be delivered.
async fn answer(context: &Context, job: &Job) -> bool {
    let span = tracing::info_span!(
        "message",
        session.id = %context.session_id,
        seq = job.utterance.seq,
        prompt_version = %context.prompt_version,
    );
    process(context, job).instrument(span).await
}

async fn process(context: &Context, job: &Job) -> bool {
    let snapshot = context.prompts.snapshot();
    let conversation = lock(&context.session).conversation(&job.utterance);
    let answered = spawn_closing(context, conversation.clone(), Arc::clone(&snapshot), job);
    let frame = reply_frame(context, &conversation, &snapshot, job).await;
    let sent = context.outbox.send(&frame).await;
    if sent {
        let _ = answered.send(());
    }
    sent
}

/// Runs the closing detector on its own task, so neither this answer nor the
/// next message waits for it. Its frame goes out only after the answer (the
/// returned sender says when); a newer message's assessment replaces one still
/// running, and the connection's end cancels it.
fn spawn_closing(
    context: &Context,
    conversation: Conversation,
    snapshot: Arc<Snapshot>,
    job: &Job,
) -> oneshot::Sender<()> {
    let (answered, after_answer) = oneshot::channel();
    let stop = context.cancel.child_token();
    let previous = context
        .closing_in_flight
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .replace(stop.clone());
    if let Some(previous) = previous {
        previous.cancel();
    }
    let closing = Arc::clone(&context.closing);
    let outbox = context.outbox.clone();
    let (seq, accepted_at) = (job.utterance.seq, job.accepted_at);
    let assess = async move {
        let verdict = closing
            .evaluate(&conversation, &snapshot, accepted_at)
            .await;
        if let (Some(verdict), Ok(())) = (verdict, after_answer.await) {
            outbox.send(&closing_frame(seq, verdict)).await;
        }
    };
    context.tracker.spawn(
        async move {
            tokio::select! {
                biased;
                () = stop.cancelled() => {}
                () = assess => {}
            }
        }
        .in_current_span(),
    );
    answered
}

fn closing_frame(seq: u64, verdict: ClosingVerdict) -> ServerFrame {
    let ClosingVerdict {
        assessment,
        source,
        prompt_version,
    } = verdict;
    tracing::info!(
        confidence = assessment.confidence,
        signals = ?assessment.signals,
        source = source.as_str(),
        "closing frame sent"
    );
    ServerFrame::Closing(ClosingFrame {
        reply_to: seq,
        data: assessment,
        meta: ClosingMeta {
            source,
            prompt_version,
        },
    })
}

/// The frame that answers `job`: a suggestion, or an error with a fallback.
async fn reply_frame(
    context: &Context,
    conversation: &Conversation,
    snapshot: &Snapshot,
    job: &Job,
) -> ServerFrame {
    let reply = context
        .orchestrator
        .answer(conversation, snapshot, job.accepted_at)
        .await;
    let latency_ms = u64::try_from(job.accepted_at.elapsed().as_millis()).unwrap_or(u64::MAX);
    let seq = job.utterance.seq;
    let message_id = job.utterance.message_id.clone();
    match reply {
        Reply::Suggestion { suggestion, source } => {
            tracing::info!(latency_ms, source = source.as_str(), "suggestion sent");
            ServerFrame::Suggestion(SuggestionFrame {
                reply_to: seq,
                message_id,
                data: suggestion,
                meta: SuggestionMeta {
                    source,
                    prompt_version: context.prompt_version.clone(),
                    latency_ms,
                },
            })
        }
        Reply::Failure {
            code,
            message,
            details,
            fallback,
        } => {
            tracing::info!(
                latency_ms,
                code = code.as_str(),
                "error frame with a fallback sent"
            );
            let details = if details.is_null() {
                Value::Object(serde_json::Map::new())
            } else {
                details
            };
            ServerFrame::Error(
                ErrorFrame::new(code, message, details).answering(seq, message_id, fallback),
            )
        }
    }
}
