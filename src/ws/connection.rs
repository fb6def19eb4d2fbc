//! One connection's life: attach a session, greet, read, answer, and close with
//! the right code whatever ends it.

use std::time::Duration;

use axum::extract::ws::{Message, WebSocket};
use futures_util::StreamExt;
use futures_util::stream::SplitStream;
use serde_json::json;
use tokio::sync::oneshot;
use tokio_util::sync::CancellationToken;

use super::ConnectParams;
use super::frames::{ErrorFrame, ServerFrame, SessionInit};
use super::outbox::Outbox;
use super::reader::{End, Reader};
use super::worker::Worker;
use super::writer;
use crate::error::ErrorCode;
use crate::session::{Detach, OpenError, OpenRequest, Opened};
use crate::state::AppState;

/// Close code: the server is going away (shutdown).
pub const CLOSE_GOING_AWAY: u16 = 1001;
/// Close code: a binary frame was sent.
pub const CLOSE_UNSUPPORTED: u16 = 1003;
/// Close code: policy violation (a malformed session id, a client that does not
/// read or answer pings).
pub const CLOSE_POLICY: u16 = 1008;
/// Close code: a frame over MAX_MESSAGE_BYTES.
pub const CLOSE_TOO_BIG: u16 = 1009;
/// Close code: MAX_SESSIONS reached, try again later.
pub const CLOSE_TRY_AGAIN_LATER: u16 = 1013;
/// Close code: the session was deleted by an operator.
pub const CLOSE_SESSION_DELETED: u16 = 4000;
/// Close code: another connection took the session over.
pub const CLOSE_TAKEN_OVER: u16 = 4001;

/// How long the writer gets to deliver the last frames and the close frame.
const WRITER_LINGER: Duration = Duration::from_secs(2);

/// What the client asked for when it connected.
#[derive(Debug, Clone, Default)]
pub struct ConnectRequest {
    /// The query string.
    pub params: ConnectParams,
    /// The `User-Agent` header, truncated.
    pub user_agent: Option<String>,
}

/// Runs one connection to its end.
pub async fn run(socket: WebSocket, state: AppState, request: ConnectRequest) {
    let (sink, mut stream) = socket.split();
    let stats = std::sync::Arc::clone(&state.ws_stats);
    let flow = &state.settings.flow;
    let (out, queue) = Outbox::new(
        flow.max_buffered_frames,
        flow.slow_reader_timeout,
        std::sync::Arc::clone(&stats),
    );
    let writer = state
        .tracker
        .spawn(writer::run(sink, queue, out.overflowed(), stats));
    let connection_id = state.sessions.next_connection_id();
    tracing::Span::current().record("connection.id", connection_id);
    let (notify, detached) = oneshot::channel();
    let opened = state.sessions.open(OpenRequest {
        session_id: request.params.session_id,
        user_id: request.params.user_id,
        user_agent: request.user_agent,
        connection_id,
        notify,
    });
    let end = match opened {
        Ok(opened) => serve(opened, &mut stream, connection_id, detached, &state, out).await,
        Err(error) => {
            refuse(&error, &out).await;
            End::Refused
        }
    };
    let abort = writer.abort_handle();
    if tokio::time::timeout(WRITER_LINGER, writer).await.is_err() {
        tracing::debug!("the client did not take the last frames in time");
        abort.abort();
    }
    if end != End::ClientGone {
        linger(&mut stream).await;
    }
}

/// After the server's close frame, reads until the client's own close frame (or
/// a short timeout) before dropping the socket: closing the TCP connection while
/// the client still sends would reset it and could discard the frames, close
/// frame included, that the client has not read yet.
async fn linger(stream: &mut SplitStream<WebSocket>) {
    let until_close = async {
        while let Some(Ok(message)) = stream.next().await {
            if matches!(message, Message::Close(_)) {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(WRITER_LINGER, until_close).await;
}

/// Tells the client why it gets no session, then closes.
async fn refuse(error: &OpenError, out: &Outbox) {
    let (code, close, reason) = match error {
        OpenError::InvalidId => (
            ErrorCode::ValidationError,
            CLOSE_POLICY,
            "invalid session_id",
        ),
        OpenError::Full(_) => (
            ErrorCode::SessionError,
            CLOSE_TRY_AGAIN_LATER,
            "too many sessions",
        ),
    };
    tracing::warn!(error = %error, "connection refused a session");
    let details = match error {
        OpenError::InvalidId => json!([{ "field": "session_id", "message": error.to_string() }]),
        OpenError::Full(max) => json!({ "max_sessions": max }),
    };
    let frame = ServerFrame::Error(ErrorFrame::new(code, error.to_string(), details));
    out.send(&frame).await;
    out.close(close, reason).await;
}

/// Serves an attached session until the connection ends.
async fn serve(
    opened: Opened,
    stream: &mut SplitStream<WebSocket>,
    connection_id: u64,
    detached: oneshot::Receiver<Detach>,
    state: &AppState,
    out: Outbox,
) -> End {
    tracing::Span::current().record("session.id", opened.session_id.as_str());
    tracing::info!(
        resumed = opened.resumed,
        history_length = opened.history_length,
        "connection attached"
    );
    let init = ServerFrame::SessionInit(SessionInit {
        session_id: opened.session_id.clone(),
        resumed: opened.resumed,
        message: if opened.resumed {
            "Session resumed"
        } else {
            "Session created successfully"
        },
        history_length: opened.history_length,
        prompt_version: opened.prompt_version.clone(),
    });
    out.send(&init).await;
    let cancel = CancellationToken::new();
    let reader = Reader::new(state, &opened, out.clone(), cancel.clone());
    let (end, worker) = reader.read(stream, detached).await;
    finish(end, worker, &cancel, state, &out).await;
    state.sessions.detach(&opened.handle, connection_id);
    tracing::info!(end = ?end, "connection ended");
    end
}

/// Winds the worker down as the end requires, then says goodbye.
async fn finish(
    end: End,
    worker: Option<Worker>,
    cancel: &CancellationToken,
    state: &AppState,
    out: &Outbox,
) {
    match worker {
        Some(worker) if end == End::Shutdown => {
            worker
                .drain(state.settings.server.shutdown_grace, cancel)
                .await;
        }
        Some(worker) => {
            cancel.cancel();
            worker.join().await;
        }
        None => cancel.cancel(),
    }
    count_end(state, end);
    if let Some((code, reason, session_message)) = goodbye(end) {
        if let Some(message) = session_message {
            let error = ErrorFrame::new(ErrorCode::SessionError, message, json!({}));
            out.send(&ServerFrame::Error(error)).await;
        }
        out.close(code, reason).await;
    }
}

/// Counts the ends operators watch for.
fn count_end(state: &AppState, end: End) {
    let counter = match end {
        End::Silent => &state.ws_stats.ping_timeouts,
        End::NotReading => &state.ws_stats.slow_readers,
        _ => return,
    };
    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// The close code and reason an end is told with, and the `SESSION_ERROR`
/// message that comes first, if any. `None`: nothing to say (the client left, or
/// does not read).
fn goodbye(end: End) -> Option<(u16, &'static str, Option<&'static str>)> {
    let goodbye = match end {
        End::ClientGone | End::NotReading | End::Refused => return None,
        End::Silent => (
            CLOSE_POLICY,
            "no frame from the client within PONG_TIMEOUT",
            None,
        ),
        End::Shutdown => (CLOSE_GOING_AWAY, "server shutting down", None),
        End::Binary => (
            CLOSE_UNSUPPORTED,
            "binary frames are not supported; send JSON text",
            None,
        ),
        End::TooBig => (CLOSE_TOO_BIG, "frame exceeds MAX_MESSAGE_BYTES", None),
        End::Detached(Detach::TakenOver) => (
            CLOSE_TAKEN_OVER,
            "session taken over",
            Some("Session taken over by another connection"),
        ),
        End::Detached(Detach::Deleted) => (
            CLOSE_SESSION_DELETED,
            "session deleted",
            Some("Session deleted by an operator"),
        ),
    };
    Some(goodbye)
}
