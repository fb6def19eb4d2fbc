//! One connection's life: attach a session, greet, read, answer, and close with
//! the right code whatever ends it.
//!
//! It runs over any `Sink` and `Stream` of WebSocket messages (the socket's two
//! halves in the server, channels in tests), so its timing — pings, silent
//! clients, slow readers — is tested on tokio's paused clock.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::Message;
use futures_util::{Sink, Stream, StreamExt};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::frames::{ErrorFrame, ServerFrame, SessionInit};
use super::outbox::Outbox;
use super::read_loop::{End, ReadLoop};
use super::worker::Worker;
use super::writer;
use crate::access::{Principal, ResumeToken};
use crate::domain::SessionId;
use crate::error::{ClientError, Goodbye};
use crate::session::{Detach, OpenRequest, Opened, Ownership, lock};
use crate::state::AppState;

/// How long the writer gets to deliver the last frames and the close frame.
const WRITER_LINGER: Duration = Duration::from_secs(2);

/// What the client asked for when it connected, as admitted.
#[derive(Debug, Clone, Default)]
pub struct ConnectRequest {
    /// The session to resume or create, as given in the query (checked here).
    pub session_id: Option<String>,
    /// The user the session belongs to (the principal, with client auth).
    pub user_id: Option<String>,
    /// The `User-Agent` header, truncated.
    pub user_agent: Option<String>,
    /// Who the client authenticated as, when clients must.
    pub principal: Option<Principal>,
    /// The resume token a session created by this connection gets.
    pub resume: Option<ResumeToken>,
    /// The client's address (limit key), counted against its quotas.
    pub creator: Option<IpAddr>,
    /// The `seq` of the last answer the client holds, when it asks for the
    /// answers it missed.
    pub last_seq: Option<u64>,
}

/// One connection, run to its end by the returned future, writing to `sink`
/// and reading `stream`. The writer starts at once, on its own task.
///
/// The future keeps only what the connection needs until its end (the stream,
/// the state, the outbox, the writer's handle): it lives as long as the
/// connection, idle or not, so what is used once (the sink, the request) is
/// not part of it.
pub fn run<Si, St>(
    sink: Si,
    stream: St,
    state: AppState,
    request: ConnectRequest,
) -> impl Future<Output = ()>
where
    Si: Sink<Message> + Unpin + Send + 'static,
    St: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    let stats = Arc::clone(&state.ws_stats);
    let flow = &state.settings.flow;
    let (out, queue) = Outbox::new(
        flow.max_buffered_frames,
        flow.slow_reader_timeout,
        Arc::clone(&stats),
    );
    let writer = state
        .tracker
        .spawn(writer::run(sink, queue, out.overflowed(), stats));
    let who = Client {
        principal: request.principal.clone(),
        resume: request.resume.as_ref().map(|r| r.token.clone()),
        last_seq: request.last_seq,
    };
    run_to_end(stream, state, Box::new(request), out, writer, who)
}

/// Opens the session, serves it, and lets the writer and the client finish.
async fn run_to_end<St>(
    mut stream: St,
    state: AppState,
    request: Box<ConnectRequest>,
    out: Outbox,
    writer: JoinHandle<()>,
    who: Client,
) where
    St: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    // Boxed, as are the other steps that run once or per message: an idle
    // connection's future then holds only the read loop's wait, not the largest
    // of these futures.
    let end = match Box::pin(open(&state, *request)).await {
        Ok((opened, connection_id, detached)) => {
            serve(
                opened,
                &mut stream,
                connection_id,
                detached,
                &state,
                out,
                who,
            )
            .await
        }
        Err((error, goodbye)) => {
            tracing::warn!(reason = goodbye.reason(), "connection refused a session");
            out.send(&ServerFrame::Error(ErrorFrame::new(error))).await;
            out.close(goodbye).await;
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

/// A session refused: what the client is told, and how the connection closes.
type Refusal = (ClientError, Goodbye);

/// Checks the requested id, then opens (resumes or creates) the session and
/// attaches this connection to it.
async fn open(
    state: &AppState,
    request: ConnectRequest,
) -> Result<(Opened, u64, oneshot::Receiver<Detach>), Refusal> {
    let session_id = request
        .session_id
        .as_deref()
        .map(SessionId::parse)
        .transpose()
        .map_err(|e| {
            (
                ClientError::invalid_session_id(&e),
                Goodbye::InvalidSessionId,
            )
        })?;
    let connection_id = state.sessions.next_connection_id();
    tracing::Span::current().record("connection.id", connection_id);
    let (notify, detached) = oneshot::channel();
    let ownership = Ownership {
        owner: request.principal.map(|p| p.name),
        resume_hash: request.resume.map(|r| r.hash),
    };
    let opened = state
        .sessions
        .open(OpenRequest {
            session_id,
            user_id: request.user_id,
            user_agent: request.user_agent,
            connection_id,
            notify,
            ownership,
            creator: request.creator,
        })
        .await
        .map_err(|e| ClientError::session_refused(&e))?;
    Ok((opened, connection_id, detached))
}

/// After the server's close frame, reads until the client's own close frame (or
/// a short timeout) before dropping the socket: closing the TCP connection while
/// the client still sends would reset it and could discard the frames, close
/// frame included, that the client has not read yet.
async fn linger<St>(stream: &mut St)
where
    St: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    let until_close = async {
        while let Some(Ok(message)) = stream.next().await {
            if matches!(message, Message::Close(_)) {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(WRITER_LINGER, until_close).await;
}

/// Who is connected: the principal, and the resume token of a session the
/// connection created.
struct Client {
    principal: Option<Principal>,
    resume: Option<String>,
    /// The last answer the client holds, when it asks for what it missed.
    last_seq: Option<u64>,
}

/// Serves an attached session until the connection ends.
async fn serve<St>(
    opened: Opened,
    stream: &mut St,
    connection_id: u64,
    detached: oneshot::Receiver<Detach>,
    state: &AppState,
    out: Outbox,
    client: Client,
) -> End
where
    St: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    tracing::Span::current().record("session.id", opened.session_id.as_str());
    tracing::info!(
        resumed = opened.resumed,
        history_length = opened.history_length,
        "connection attached"
    );
    let resume_token = client.resume.filter(|_| !opened.resumed);
    out.send(&ServerFrame::SessionInit(session_init(
        &opened,
        resume_token,
    )))
    .await;
    let expires = client.principal.as_ref().and_then(Principal::time_left);
    let read_loop = ReadLoop::new(state, &opened, out.clone(), expires);
    if let Some(after) = client.last_seq {
        let missed = lock(&opened.handle).missed(after);
        Box::pin(read_loop.replay(missed)).await;
    }
    let (end, worker) = read_loop.read(stream, detached).await;
    Box::pin(finish(end, worker, state, &out)).await;
    state.sessions.detach(&opened.handle, connection_id);
    tracing::info!(end = ?end, "connection ended");
    end
}

fn session_init(opened: &Opened, resume_token: Option<String>) -> SessionInit {
    SessionInit {
        resume_token,
        session_id: opened.session_id.clone(),
        resumed: opened.resumed,
        message: if opened.resumed {
            "Session resumed"
        } else {
            "Session created successfully"
        },
        history_length: opened.history_length,
        prompt_version: opened.prompt_version.clone(),
    }
}

/// Winds the worker down as the end requires, then says goodbye.
async fn finish(end: End, worker: Option<Worker>, state: &AppState, out: &Outbox) {
    match worker {
        Some(worker) if end == End::Shutdown => {
            worker.drain(state.settings.server.shutdown_grace).await;
        }
        Some(worker) => worker.stop().await,
        None => {}
    }
    count_end(state, end);
    if let Some(goodbye) = goodbye(end) {
        if let Some(error) = goodbye.session_error() {
            out.send(&ServerFrame::Error(ErrorFrame::new(error))).await;
        }
        out.close(goodbye).await;
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

/// How an end is told to the client; `None`: nothing to say (the client left,
/// does not read — the writer says so itself — or was refused already).
fn goodbye(end: End) -> Option<Goodbye> {
    match end {
        End::ClientGone | End::NotReading | End::Refused => None,
        End::Silent => Some(Goodbye::Silent),
        End::Shutdown => Some(Goodbye::Shutdown),
        End::Binary => Some(Goodbye::Binary),
        End::TooBig => Some(Goodbye::TooBig),
        End::InvalidUtf8 => Some(Goodbye::InvalidUtf8),
        End::Detached(Detach::TakenOver) => Some(Goodbye::TakenOver),
        End::Detached(Detach::Deleted) => Some(Goodbye::Deleted),
        End::TokenExpired => Some(Goodbye::TokenExpired),
    }
}
