//! The read side of a connection: validates each frame, stores accepted messages
//! in the session before anything else, and queues them for an answer.

use std::error::Error as StdError;

use axum::extract::ws::{Message, WebSocket};
use futures_util::StreamExt;
use futures_util::stream::SplitStream;
use serde_json::json;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use super::frames::{ErrorFrame, ServerFrame};
use super::input;
use super::worker::Job;
use super::writer::Outgoing;
use crate::error::ErrorCode;
use crate::session::{Detach, Opened, SessionHandle, lock};
use crate::state::AppState;

/// Why a connection's read loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum End {
    /// The client closed the connection or it dropped.
    ClientGone,
    /// The server is shutting down.
    Shutdown,
    /// The client sent a binary frame.
    Binary,
    /// The client sent a frame over MAX_MESSAGE_BYTES.
    TooBig,
    /// The session was taken over or deleted.
    Detached(Detach),
}

/// Reads one connection's frames.
pub(super) struct Reader<'a> {
    state: &'a AppState,
    session: SessionHandle,
    jobs: mpsc::Sender<Job>,
    out: mpsc::Sender<Outgoing>,
}

impl<'a> Reader<'a> {
    /// A reader feeding `jobs` and answering problems on `out`.
    pub(super) fn new(
        state: &'a AppState,
        opened: &Opened,
        jobs: mpsc::Sender<Job>,
        out: mpsc::Sender<Outgoing>,
    ) -> Self {
        Self {
            state,
            session: opened.handle.clone(),
            jobs,
            out,
        }
    }

    /// Reads until the connection ends, and says why.
    pub(super) async fn run(
        self,
        mut stream: SplitStream<WebSocket>,
        mut detached: oneshot::Receiver<Detach>,
    ) -> End {
        loop {
            let frame = tokio::select! {
                biased;
                detach = &mut detached => return End::Detached(detach.unwrap_or(Detach::Deleted)),
                () = self.state.shutdown.cancelled() => return End::Shutdown,
                frame = stream.next() => frame,
            };
            let end = match frame {
                None => Some(End::ClientGone),
                Some(Err(error)) => Some(classify_read_error(&error)),
                Some(Ok(Message::Text(text))) => self.on_text(text.as_str()).await,
                Some(Ok(Message::Binary(_))) => Some(End::Binary),
                Some(Ok(Message::Close(_))) => Some(End::ClientGone),
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => None,
            };
            if let Some(end) = end {
                return end;
            }
        }
    }

    /// Handles one text frame; `Some` ends the connection.
    async fn on_text(&self, text: &str) -> Option<End> {
        let max_chars = self.state.settings.ws.max_text_chars;
        let message = match input::parse(text, max_chars) {
            Ok(message) => message,
            Err(rejected) => {
                tracing::debug!(issues = rejected.issues.len(), "invalid message rejected");
                let mut frame = ErrorFrame::new(
                    ErrorCode::ValidationError,
                    "Invalid message",
                    json!(rejected.issues),
                );
                frame.message_id = rejected.message_id;
                return self.send(ServerFrame::Error(frame)).await;
            }
        };
        let accepted = {
            let mut session = lock(&self.session);
            (!session.is_deleted()).then(|| session.accept(message))
        };
        let Some(utterance) = accepted else {
            return Some(End::Detached(Detach::Deleted));
        };
        let job = Job {
            utterance,
            accepted_at: Instant::now(),
        };
        match self.jobs.try_send(job) {
            Ok(()) => None,
            Err(mpsc::error::TrySendError::Full(job)) => {
                self.refuse(job, ErrorCode::Backpressure).await
            }
            Err(mpsc::error::TrySendError::Closed(job)) => {
                self.refuse(job, ErrorCode::InternalError).await
            }
        }
    }

    /// Answers a stored message that will not get a suggestion, with a fallback.
    async fn refuse(&self, job: Job, code: ErrorCode) -> Option<End> {
        let conversation = lock(&self.session).conversation(&job.utterance);
        let fallback = self.state.orchestrator.fallback(&conversation, false);
        let (message, details) = match code {
            ErrorCode::Backpressure => (
                "Too many messages are waiting for an answer; this one is stored, here is a fallback.",
                json!({ "max_pending_messages": self.state.settings.ws.max_pending_messages }),
            ),
            _ => (
                "An unexpected error occurred; the message is stored.",
                json!({}),
            ),
        };
        tracing::warn!(
            seq = job.utterance.seq,
            code = code.as_str(),
            "message answered without the provider"
        );
        let frame = ErrorFrame::new(code, message, details).answering(
            job.utterance.seq,
            job.utterance.message_id.clone(),
            fallback,
        );
        self.send(ServerFrame::Error(frame)).await
    }

    async fn send(&self, frame: ServerFrame) -> Option<End> {
        match self.out.send(Outgoing::Frame(frame.to_json())).await {
            Ok(()) => None,
            Err(_) => Some(End::ClientGone),
        }
    }
}

/// A read error is a too-big frame (close 1009) or the connection's end.
pub(super) fn classify_read_error(error: &axum::Error) -> End {
    let mut source: Option<&(dyn StdError + 'static)> = Some(error);
    while let Some(current) = source {
        if let Some(tungstenite::Error::Capacity(_)) = current.downcast_ref::<tungstenite::Error>()
        {
            return End::TooBig;
        }
        source = current.source();
    }
    tracing::debug!(error = %error, "read error");
    End::ClientGone
}
