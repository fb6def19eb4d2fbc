//! Answering one message: take the prompt snapshot and the conversation, ask the
//! orchestrator, turn its reply into the frame the client gets (a suggestion, or
//! an error with a fallback), count it in the experiment; beside it, run the
//! closing detector and send its `closing` frame after the answer. What the
//! closing detector can tell at once (the embedded analyzer's few microseconds,
//! or a message the LLM detector is not asked about) is settled before the
//! answer's call, without a task; only a call to an LLM detector gets one.

use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::oneshot;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::Instrument;

use super::frames::{
    AckFrame, ClosingFrame, ClosingMeta, ErrorFrame, ServerFrame, SuggestionFrame, SuggestionMeta,
};
use super::outbox::Outbox;
use super::queue::Job;
use crate::agents::closing_agent::{Asked, ClosingAgent, ClosingVerdict, Screened};
use crate::agents::experiment::{Experiment, Outcome};
use crate::agents::orchestrator::{Orchestrator, Reply};
use crate::agents::store::{PromptSnapshot, PromptStore};
use crate::domain::{Conversation, SessionId, Utterance};
use crate::error::ClientError;
use crate::session::{Opened, SessionHandle, SessionManager, lock};
use crate::state::AppState;

/// What a connection needs to answer its messages.
pub(super) struct Responder {
    session: SessionHandle,
    sessions: Arc<SessionManager>,
    session_id: SessionId,
    prompt_version: String,
    orchestrator: Arc<Orchestrator>,
    closing: Arc<ClosingAgent>,
    prompts: Arc<PromptStore>,
    experiment: Arc<Experiment>,
    /// Stops the closing assessment still running, when a newer one starts.
    closing_in_flight: Mutex<Option<CancellationToken>>,
    tracker: TaskTracker,
    /// Where the frames go.
    pub outbox: Outbox,
    /// Fires when the connection ends: every call in flight stops.
    pub cancel: CancellationToken,
}

impl Responder {
    /// A responder for the session `opened`, sending on `outbox` until `cancel`.
    pub(super) fn new(
        state: &AppState,
        opened: &Opened,
        outbox: Outbox,
        cancel: CancellationToken,
    ) -> Self {
        Self {
            session: opened.handle.clone(),
            sessions: Arc::clone(&state.sessions),
            session_id: opened.session_id.clone(),
            prompt_version: opened.prompt_version.clone(),
            orchestrator: Arc::clone(&state.orchestrator),
            closing: Arc::clone(&state.closing),
            prompts: Arc::clone(&state.prompts),
            experiment: Arc::clone(&state.experiment),
            closing_in_flight: Mutex::new(None),
            tracker: state.tracker.clone(),
            outbox,
            cancel,
        }
    }

    /// Answers one message and, concurrently, asks the closing detector about it,
    /// both with the same prompt snapshot: the answer is sent as soon as it is
    /// ready (it never waits for the detector), the `closing` frame after it if
    /// the detector fires. Returns `false` once the answer cannot be delivered
    /// (the connection ended).
    pub(super) async fn answer(&self, job: &Job) -> bool {
        let span = tracing::info_span!(
            "message",
            session.id = %self.session_id,
            seq = job.utterance.seq,
            prompt_version = %self.prompt_version,
        );
        self.process(job).instrument(span).await
    }

    async fn process(&self, job: &Job) -> bool {
        let snapshot = self.prompts.snapshot();
        // Shared with the closing detector's task: built once, dropped once.
        let conversation = Arc::new(lock(&self.session).conversation(&job.utterance));
        let closing = self.start_closing(&conversation, &snapshot, job);
        let Some(frame) = self.reply_frame(&conversation, &snapshot, job).await else {
            return false;
        };
        let json: Arc<str> = Arc::from(frame.to_json());
        let sent = self.outbox.send_json(json.to_string()).await;
        if sent {
            match closing {
                Closing::Settled(Some(verdict)) => {
                    self.outbox
                        .send(&closing_frame(job.utterance.seq, verdict))
                        .await;
                }
                Closing::Settled(None) => {}
                Closing::Asked(answered) => {
                    let _ = answered.send(());
                }
            }
        }
        self.sessions.keep_answer_suggesting(
            &self.session,
            job.utterance.seq,
            json,
            Some(frame.questions()),
        );
        sent
    }

    /// The closing assessment of this message: settled at once when it can be
    /// (the embedded analyzer, or a message the LLM detector is not asked
    /// about: no task, its frame sent right after the answer), else asked on a
    /// task of its own. Either way it replaces one still running.
    fn start_closing(
        &self,
        conversation: &Arc<Conversation>,
        snapshot: &Arc<PromptSnapshot>,
        job: &Job,
    ) -> Closing {
        match self.closing.screen(conversation, snapshot) {
            Screened::Settled(verdict) => {
                self.replace_closing(None);
                Closing::Settled(verdict)
            }
            Screened::Ask(asked) => Closing::Asked(self.spawn_closing(
                asked,
                Arc::clone(conversation),
                Arc::clone(snapshot),
                job,
            )),
        }
    }

    /// Cancels the closing assessment still running, putting `next` (a newer
    /// one's token, if any) in its place.
    fn replace_closing(&self, next: Option<CancellationToken>) {
        let previous = std::mem::replace(
            &mut *self
                .closing_in_flight
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
            next,
        );
        if let Some(previous) = previous {
            previous.cancel();
        }
    }

    /// Tells the client each of `covered` is folded into the answer to
    /// `covered_by`; each ack is kept as the answer to its message.
    pub(super) async fn ack(&self, covered: &[Arc<Utterance>], covered_by: u64) {
        for utterance in covered {
            let frame = ServerFrame::Ack(AckFrame::coalesced(
                utterance.seq,
                utterance.message_id.clone(),
                covered_by,
            ));
            self.deliver(utterance.seq, frame.to_json()).await;
        }
    }

    /// Sends a ready answer to message `seq` and keeps it; `false` once it
    /// cannot be delivered.
    pub(super) async fn deliver(&self, seq: u64, json: String) -> bool {
        let json: Arc<str> = Arc::from(json);
        let sent = self.outbox.send_json(json.to_string()).await;
        self.sessions.keep_answer(&self.session, seq, json);
        sent
    }

    /// Runs the closing detector on its own task, so neither this answer nor the
    /// next message waits for it. Its frame goes out only after the answer (the
    /// returned sender says when); a newer message's assessment replaces one
    /// still running, and the connection's end cancels it.
    fn spawn_closing(
        &self,
        asked: Asked,
        conversation: Arc<Conversation>,
        snapshot: Arc<PromptSnapshot>,
        job: &Job,
    ) -> oneshot::Sender<()> {
        let (answered, after_answer) = oneshot::channel();
        let stop = self.cancel.child_token();
        self.replace_closing(Some(stop.clone()));
        let closing = Arc::clone(&self.closing);
        let outbox = self.outbox.clone();
        let (seq, accepted_at) = (job.utterance.seq, job.accepted_at);
        let assess = async move {
            let verdict = closing
                .ask(asked, &conversation, &snapshot, accepted_at, &stop)
                .await;
            let Some(verdict) = verdict else { return };
            // Only after the answer, and only if no newer message replaced this one.
            if after_answer.await.is_ok() && !stop.is_cancelled() {
                outbox.send(&closing_frame(seq, verdict)).await;
            }
        };
        self.tracker.spawn(assess.in_current_span());
        answered
    }

    /// The frame that answers `job` (a suggestion, or an error with a fallback),
    /// counted in the experiment; `None` when the connection ended first.
    async fn reply_frame(
        &self,
        conversation: &Conversation,
        snapshot: &PromptSnapshot,
        job: &Job,
    ) -> Option<ServerFrame> {
        let reply = self
            .orchestrator
            .answer(conversation, snapshot, job.accepted_at, &self.cancel)
            .await?;
        let latency = job.accepted_at.elapsed();
        let latency_ms = u64::try_from(latency.as_millis()).unwrap_or(u64::MAX);
        let (seq, message_id) = (job.utterance.seq, job.utterance.message_id.clone());
        let (frame, outcome) = match reply {
            Reply::Suggestion { suggestion, source } => {
                tracing::info!(latency_ms, source = source.as_str(), "suggestion sent");
                let frame = ServerFrame::Suggestion(SuggestionFrame {
                    reply_to: seq,
                    message_id,
                    data: suggestion,
                    meta: SuggestionMeta {
                        source,
                        prompt_version: self.prompt_version.clone(),
                        latency_ms,
                    },
                });
                (frame, Outcome::Suggestion(source))
            }
            Reply::Failure { error, fallback } => {
                let provider = self.orchestrator.provider_name();
                let error = ClientError::agent_failure(&error, provider);
                let code = error.code;
                super::metrics::error_sent(code);
                tracing::info!(
                    latency_ms,
                    code = code.as_str(),
                    "error frame with a fallback sent"
                );
                let frame = ErrorFrame::new(error).answering(seq, message_id, fallback);
                (ServerFrame::Error(frame), Outcome::Error(code))
            }
        };
        self.experiment
            .record_reply(&self.prompt_version, outcome, latency);
        Some(frame)
    }
}

/// A message's closing assessment, as [`Responder::start_closing`] left it.
enum Closing {
    /// Known already: the frame to send after the answer, if any.
    Settled(Option<ClosingVerdict>),
    /// On its task, which sends its frame once told the answer went out.
    Asked(oneshot::Sender<()>),
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
