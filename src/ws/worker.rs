//! The answer side of a connection: takes accepted messages in order, asks the
//! orchestrator, and sends exactly one frame per message; beside it, the closing
//! detector may add a `closing` frame.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use super::frames::{
    ClosingFrame, ClosingMeta, ErrorFrame, ServerFrame, SuggestionFrame, SuggestionMeta,
};
use super::writer::Outgoing;
use crate::agents::closing::{ClosingAgent, ClosingVerdict};
use crate::agents::conversation::Conversation;
use crate::agents::orchestrator::{Orchestrator, Reply};
use crate::agents::store::{PromptStore, Snapshot};
use crate::session::message::Utterance;
use crate::session::{Opened, SessionHandle, lock};
use crate::state::AppState;

/// An accepted message waiting for its answer.
#[derive(Debug)]
pub(super) struct Job {
    /// The stored message.
    pub utterance: Arc<Utterance>,
    /// When it was accepted, for `latency_ms`.
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
    out: mpsc::Sender<Outgoing>,
}

/// The running worker of one connection.
pub(super) struct Worker {
    handle: JoinHandle<()>,
}

/// Starts the worker; messages go in through the returned sender.
pub(super) fn spawn(
    state: &AppState,
    opened: &Opened,
    out: mpsc::Sender<Outgoing>,
    cancel: CancellationToken,
) -> (Worker, mpsc::Sender<Job>) {
    let (jobs, queue) = mpsc::channel(state.settings.ws.max_pending_messages);
    let context = Context {
        session: opened.handle.clone(),
        session_id: opened.session_id.clone(),
        prompt_version: opened.prompt_version.clone(),
        orchestrator: Arc::clone(&state.orchestrator),
        closing: Arc::clone(&state.closing),
        prompts: Arc::clone(&state.prompts),
        out,
    };
    let handle = state
        .tracker
        .spawn(run(context, queue, cancel).in_current_span());
    (Worker { handle }, jobs)
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

async fn run(context: Context, mut queue: mpsc::Receiver<Job>, cancel: CancellationToken) {
    loop {
        let job = tokio::select! {
            biased;
            () = cancel.cancelled() => return,
            job = queue.recv() => job,
        };
        let Some(job) = job else { return };
        let span = tracing::info_span!(
            "message",
            session.id = %context.session_id,
            seq = job.utterance.seq,
            prompt_version = %context.prompt_version,
        );
        let sent = tokio::select! {
            biased;
            () = cancel.cancelled() => return,
            sent = process(&context, &job).instrument(span) => sent,
        };
        if !sent {
            return;
        }
    }
}

/// Answers one message and, concurrently, asks the closing detector about it, both
/// with the same prompt snapshot: the answer is sent as soon as it is ready (it
/// never waits for the detector), the `closing` frame after it if the detector
/// fires. Returns `false` once the client is gone.
async fn process(context: &Context, job: &Job) -> bool {
    let snapshot = context.prompts.snapshot();
    let conversation = lock(&context.session).conversation(&job.utterance);
    let reply = async {
        let frame = answer(context, &conversation, &snapshot, job).await;
        send(context, &frame).await
    };
    let closing = context
        .closing
        .evaluate(&conversation, &snapshot, job.accepted_at);
    let (sent, verdict) = tokio::join!(reply, closing);
    match verdict {
        Some(verdict) if sent => send(context, &closing_frame(job, verdict)).await,
        _ => sent,
    }
}

/// Queues a frame for the writer; `false` once the client is gone.
async fn send(context: &Context, frame: &ServerFrame) -> bool {
    context
        .out
        .send(Outgoing::Frame(frame.to_json()))
        .await
        .is_ok()
}

fn closing_frame(job: &Job, verdict: ClosingVerdict) -> ServerFrame {
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
        reply_to: job.utterance.seq,
        data: assessment,
        meta: ClosingMeta {
            source,
            prompt_version,
        },
    })
}

/// Answers one message: a suggestion, or an error frame with a fallback.
async fn answer(
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
                Value::Object(Default::default())
            } else {
                details
            };
            ServerFrame::Error(
                ErrorFrame::new(code, message, details).answering(seq, message_id, fallback),
            )
        }
    }
}
