//! The read side of a connection: validates each frame, stores accepted messages
//! in the session before anything else, applies the rate limit, queues messages
//! for an answer, and keeps the connection alive with pings.
//!
//! It reads any `Stream` of WebSocket messages (the socket in the server, a
//! channel in tests), so its timing can be tested on tokio's paused clock.

use std::error::Error as StdError;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::extract::ws::Message;
use futures_util::{Stream, StreamExt};
use tokio::sync::oneshot;
use tokio::time::{Instant, Sleep, interval_at};

use super::frames::{AckFrame, ErrorFrame, ServerFrame};
use super::input;
use super::outbox::Outbox;
use super::queue::{Intake, Job, Room};
use super::worker::{self, Worker};
use crate::domain::{InputMessage, MessageId, Utterance};
use crate::error::ClientError;
use crate::session::{Detach, Missed, Opened, SessionHandle, WriteOutcome, lock};
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
    /// The client sent a text frame that is not UTF-8.
    InvalidUtf8,
    /// The session was taken over or deleted.
    Detached(Detach),
    /// Nothing came from the client for PONG_TIMEOUT.
    Silent,
    /// The client does not read: its outgoing buffer is full.
    NotReading,
    /// The connection got no session (malformed id, too many sessions).
    Refused,
    /// The client's token expired.
    TokenExpired,
}

/// Reads one connection's frames.
pub(super) struct ReadLoop<'a> {
    opened: &'a Opened,
    /// The worker and its queue, started with the first message: an idle
    /// connection costs neither.
    worker: OnceLock<(Worker, Intake)>,
    state: &'a AppState,
    session: SessionHandle,
    outbox: Outbox,
    /// When the client's credentials expire, if they do.
    expires: Option<Instant>,
}

impl<'a> ReadLoop<'a> {
    /// A read loop for `opened`, answering problems on `outbox`; the connection
    /// ends when `expires_in` (the client's token) runs out.
    pub(super) fn new(
        state: &'a AppState,
        opened: &'a Opened,
        outbox: Outbox,
        expires_in: Option<Duration>,
    ) -> Self {
        Self {
            opened,
            worker: OnceLock::new(),
            state,
            session: opened.handle.clone(),
            outbox,
            expires: expires_in.map(|left| Instant::now() + left),
        }
    }

    /// The queue to the worker, starting the worker the first time.
    fn intake(&self) -> &Intake {
        let (_, intake) = self
            .worker
            .get_or_init(|| worker::spawn(self.state, self.opened, self.outbox.clone()));
        intake
    }

    /// Gives a resuming client what it missed (SPEC 11), before anything new:
    /// the kept answers after its `last_seq`, an `ack` for each message whose
    /// call a disconnect cancelled, covered by the newest, and the newest
    /// answered anew (queued first).
    pub(super) async fn replay(&self, missed: Missed) {
        if missed.is_empty() {
            return;
        }
        tracing::info!(
            answers = missed.answers.len(),
            covered = missed.covered.len(),
            answered_again = missed.newest.as_ref().map(|n| n.seq),
            "missed answers replayed"
        );
        for json in missed.answers {
            self.outbox.send_json(json.to_string()).await;
        }
        let Some(newest) = missed.newest else { return };
        for (seq, message_id) in missed.covered {
            let ack = ServerFrame::Ack(AckFrame::coalesced(seq, message_id, newest.seq));
            let json: Arc<str> = Arc::from(ack.to_json());
            self.outbox.send_json(json.to_string()).await;
            self.state.sessions.keep_answer(&self.session, seq, json);
        }
        if let Some(room) = self.room().await {
            self.enqueue(room, newest).await;
        }
    }

    /// Reads until the connection ends; says why, and hands back the worker (its
    /// queue closed, so it ends once it has answered what is queued).
    pub(super) async fn read<S>(
        self,
        stream: &mut S,
        detached: oneshot::Receiver<Detach>,
    ) -> (End, Option<Worker>)
    where
        S: Stream<Item = Result<Message, axum::Error>> + Unpin,
    {
        let end = self.run(stream, detached).await;
        (
            end,
            self.worker.into_inner().map(|(worker, _intake)| worker),
        )
    }

    async fn run<S>(&self, stream: &mut S, mut detached: oneshot::Receiver<Detach>) -> End
    where
        S: Stream<Item = Result<Message, axum::Error>> + Unpin,
    {
        let flow = &self.state.settings.flow;
        let mut pings = interval_at(Instant::now() + flow.ping_interval, flow.ping_interval);
        let mut last_heard = Instant::now();
        let not_reading = self.outbox.overflowed();
        // On the heap, and only when the credentials expire: the connection's
        // future holds a pointer, not a timer.
        let mut expiry = self
            .expires
            .map(|at| Box::pin(tokio::time::sleep_until(at)));
        loop {
            let frame = tokio::select! {
                biased;
                detach = &mut detached => return End::Detached(detach.unwrap_or(Detach::Deleted)),
                () = self.state.shutdown.cancelled() => return End::Shutdown,
                () = expired(&mut expiry) => return End::TokenExpired,
                () = not_reading.cancelled() => return End::NotReading,
                _ = pings.tick() => {
                    if last_heard.elapsed() >= flow.pong_timeout {
                        return End::Silent;
                    }
                    self.outbox.ping();
                    continue;
                }
                frame = stream.next() => frame,
            };
            last_heard = Instant::now();
            if let Some(end) = self.on_frame(frame).await {
                return end;
            }
        }
    }

    /// Handles one frame; `Some` ends the connection.
    async fn on_frame(&self, frame: Option<Result<Message, axum::Error>>) -> Option<End> {
        match frame {
            None | Some(Ok(Message::Close(_))) => Some(End::ClientGone),
            Some(Err(error)) => Some(classify_read_error(&error)),
            // Boxed: the idle connection's future does not hold a message's.
            Some(Ok(Message::Text(text))) => Box::pin(self.on_text(text.as_str())).await,
            Some(Ok(Message::Binary(_))) => Some(End::Binary),
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => None,
        }
    }

    /// Handles one text frame; `Some` ends the connection (the session was taken
    /// by another connection or deleted while the message was being stored).
    async fn on_text(&self, text: &str) -> Option<End> {
        let max_chars = self.state.settings.ws.max_text_chars;
        let message = match input::parse(text, max_chars) {
            Ok(message) => message,
            Err(rejected) => {
                tracing::debug!(issues = rejected.issues.len(), "invalid message rejected");
                let mut frame = ErrorFrame::new(ClientError::invalid_message(&rejected.issues));
                frame.message_id = rejected.message_id;
                self.outbox.send(&ServerFrame::Error(frame)).await;
                return None;
            }
        };
        let message_id = message.message_id.clone();
        let (utterance, limited) = match self.accept(message) {
            Ok(accepted) => accepted,
            Err(why) => return Some(self.not_stored(message_id, why).await),
        };
        super::metrics::message_accepted();
        if let Some(why) = self.write_through(&utterance).await {
            return Some(self.not_stored(utterance.message_id.clone(), why).await);
        }
        // The message is stored; if the queue is full, stop reading until it is not.
        let room = self.room().await?;
        if let Some(wait) = limited {
            self.refuse(room, &utterance, ClientError::rate_limited(wait))
                .await;
            return None;
        }
        self.enqueue(room, utterance).await;
        None
    }

    /// Tells the client its message was not stored (the session is no longer
    /// this connection's), and ends the connection: never silence.
    async fn not_stored(&self, message_id: Option<MessageId>, why: Detach) -> End {
        tracing::info!(reason = ?why, "message not stored: the session is no longer this connection's");
        let mut frame = ErrorFrame::new(ClientError::not_stored(why));
        frame.message_id = message_id;
        self.outbox.send(&ServerFrame::Error(frame)).await;
        End::Detached(why)
    }

    /// Waits (at most REDIS_WRITE_TIMEOUT_MS) for the message to be in the shared
    /// store before the agents are called; past that it stays queued and the
    /// conversation goes on from memory. `Some` when the store refused it because
    /// the session is no longer this connection's.
    async fn write_through(&self, utterance: &Utterance) -> Option<Detach> {
        if !lock(&self.session).is_durable() {
            self.state.sessions.make_durable(&self.session).await;
        }
        let stored = self
            .state
            .sessions
            .write_message(&self.session, utterance)?;
        let patience = self.state.settings.store.write_timeout;
        match tokio::time::timeout(patience, stored).await {
            Ok(Ok(WriteOutcome::Fenced)) => Some(Detach::TakenOver),
            Ok(Ok(WriteOutcome::Deleted)) => Some(Detach::Deleted),
            Ok(_) => None,
            Err(_) => {
                tracing::warn!(
                    seq = utterance.seq,
                    "the session store is slow; answering from memory"
                );
                None
            }
        }
    }

    /// Room in the queue, or `None` if the connection ends while waiting.
    async fn room(&self) -> Option<Room> {
        let not_reading = self.outbox.overflowed();
        tokio::select! {
            room = self.intake().room() => room,
            () = not_reading.cancelled() => None,
            () = self.state.shutdown.cancelled() => None,
        }
    }

    /// Stores the message in the session and counts it against the rate limit.
    ///
    /// # Errors
    /// Why the session is no longer this connection's: deleted, or taken over
    /// (a taken-over socket accepts nothing more, even before it hears so).
    fn accept(&self, message: InputMessage) -> Result<(Arc<Utterance>, Option<Duration>), Detach> {
        let rpm = self.state.settings.flow.rate_limit_rpm;
        let mut session = lock(&self.session);
        if session.is_deleted() {
            return Err(Detach::Deleted);
        }
        if !session.is_attached_to(self.opened.connection_id) {
            return Err(Detach::TakenOver);
        }
        let (utterance, grown) = session.accept(message);
        let limited = rpm.and_then(|rpm| session.check_rate(rpm).err());
        let fold = session.start_fold();
        drop(session);
        self.state.sessions.quotas().grow(grown);
        super::fold::start(self.state, &self.session, fold);
        Ok((utterance, limited))
    }

    /// Queues a stored message for its answer, or answers it now if it cannot wait.
    async fn enqueue(&self, room: Room, utterance: Arc<Utterance>) {
        let job = Job {
            utterance,
            accepted_at: Instant::now(),
        };
        if let Err((room, job)) = self.intake().submit(room, job) {
            let max = self.state.settings.ws.max_pending_messages;
            self.refuse(room, &job.utterance, ClientError::backpressure(max))
                .await;
        }
    }

    /// Answers a stored message that will not go to the provider, with a fallback.
    async fn refuse(&self, room: Room, utterance: &Arc<Utterance>, error: ClientError) {
        let conversation = lock(&self.session).conversation(utterance);
        let fallback = self.state.orchestrator.fallback(&conversation, false);
        tracing::warn!(
            seq = utterance.seq,
            code = error.code.as_str(),
            "message answered without the provider"
        );
        super::metrics::error_sent(error.code);
        let frame =
            ErrorFrame::new(error).answering(utterance.seq, utterance.message_id.clone(), fallback);
        let frame = ServerFrame::Error(frame);
        if !self.intake().answer_in_order(room, utterance.seq, &frame) {
            let json: Arc<str> = Arc::from(frame.to_json());
            self.outbox.send_json(json.to_string()).await;
            self.state
                .sessions
                .keep_answer(&self.session, utterance.seq, json);
        }
    }
}

/// Fires when `expiry` does; never without one.
async fn expired(expiry: &mut Option<Pin<Box<Sleep>>>) {
    match expiry {
        Some(sleep) => sleep.as_mut().await,
        None => std::future::pending().await,
    }
}

/// A read error is a too-big frame (close 1009), a text frame that is not
/// UTF-8 (close 1007) or the connection's end.
pub(super) fn classify_read_error(error: &axum::Error) -> End {
    let mut source: Option<&(dyn StdError + 'static)> = Some(error);
    while let Some(current) = source {
        match current.downcast_ref::<tungstenite::Error>() {
            Some(tungstenite::Error::Capacity(_)) => return End::TooBig,
            Some(tungstenite::Error::Utf8(_)) => return End::InvalidUtf8,
            _ => {}
        }
        source = current.source();
    }
    tracing::debug!(error = %error, "read error");
    End::ClientGone
}
