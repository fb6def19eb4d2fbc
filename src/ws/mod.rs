//! The WebSocket API: `GET /ws/conversation`, one task set per connection.
//!
//! Following one message: [`connection`] attaches the session and runs the
//! connection; `read_loop` parses each frame ([`input`]) and stores the message;
//! `queue` hands it to the `worker`, which schedules it (`every` or `latest`);
//! `answer` asks the agents and builds the reply [`frames`]; `outbox` and `writer`
//! send them in order; `fold` folds the memory window into the session's summary
//! in the background when a message fills it. [`metrics`] names what it tells Prometheus.

mod admission;
mod answer;
pub mod connection;
mod fold;
mod frame_queue;
pub mod frames;
pub mod input;
pub mod metrics;
mod outbox;
mod queue;
mod read_loop;
pub mod schema;
pub mod stats;
#[cfg(test)]
mod tests;
mod worker;
mod writer;

use std::net::SocketAddr;

use axum::Extension;
use axum::extract::rejection::QueryRejection;
use axum::extract::ws::{WebSocketUpgrade, rejection::WebSocketUpgradeRejection};
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::Deserialize;
use tracing::Instrument;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ErrorBody};
use crate::serve::HeldConnection;
use crate::state::AppState;

/// Per-connection read buffer: small, as every connection holds one (tungstenite
/// zero-fills it before each read, so it is resident even when idle). A
/// message is a few hundred bytes; a larger frame gets a buffer of its own size
/// and is read in chunks of this size.
const READ_BUFFER_BYTES: usize = 1024;
/// Write buffer before a flush is forced.
const WRITE_BUFFER_BYTES: usize = 8 * 1024;

/// The query string of `/ws/conversation`.
#[derive(Clone, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConnectParams {
    /// The session to resume, or to create with this id (`[A-Za-z0-9_-]{8,64}`;
    /// a malformed one is answered after the upgrade, with a VALIDATION_ERROR
    /// frame and close 1008).
    pub session_id: Option<String>,
    /// The user the session belongs to (1 to 64 characters among `A-Z a-z 0-9 _
    /// . @ -`); with client auth, the principal is the user id.
    pub user_id: Option<String>,
    /// The client's key or JWT (browsers cannot set headers on a WebSocket).
    pub token: Option<String>,
    /// The resume token of the session to resume (needed with REQUIRE_RESUME_TOKEN).
    pub resume_token: Option<String>,
    /// The `seq` of the last answer the client holds: a resume gets again the
    /// answers it missed after it (SPEC 11).
    #[param(value_type = Option<u64>, minimum = 0)]
    pub last_seq: Option<String>,
}

impl std::fmt::Debug for ConnectParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectParams")
            .field("session_id", &self.session_id)
            .field("last_seq", &self.last_seq)
            .field("user_id", &self.user_id)
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field(
                "resume_token",
                &self.resume_token.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

/// The routes of the WebSocket API.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(upgrade))
}

/// Opens a conversation: a WebSocket upgrade, checked before it happens.
#[utoipa::path(
    get,
    path = "/ws/conversation",
    tag = "websocket",
    params(ConnectParams),
    security((), ("client" = [])),
    responses(
        (status = 101, description = "Switching to the WebSocket protocol: JSON text frames, described by `GET /schemas/frames.json`"),
        (status = 400, description = "Not a WebSocket upgrade, or a malformed query (`last_seq`, `user_id`)", body = ErrorBody),
        (status = 401, description = "Client auth is on and the key or token is missing, wrong or expired", body = ErrorBody, headers(("WWW-Authenticate" = String, description = "`Bearer`"))),
        (status = 403, description = "A foreign `Origin` (CORS_ORIGINS), or a session that is unknown, another principal's, or resumed without its resume token", body = ErrorBody),
        (status = 429, description = "Too many connections, live sessions or session creations from this address", body = ErrorBody),
        (status = 503, description = "The sessions' memory budget is spent; try again later", body = ErrorBody),
    )
)]
async fn upgrade(
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
    State(state): State<AppState>,
    params: Result<Query<ConnectParams>, QueryRejection>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    held: Option<Extension<HeldConnection>>,
    headers: HeaderMap,
) -> Response {
    let (ws, Query(params)) = match (ws, params) {
        (Ok(ws), Ok(params)) => (ws, params),
        (Err(e), _) => return ApiError::BadRequest(e.body_text()).into_response(),
        (_, Err(e)) => return ApiError::BadRequest(e.body_text()).into_response(),
    };
    let admission = match admission::admit(&state, params, peer, &headers).await {
        Ok(admission) => admission,
        Err(refusal) => return refusal.into_response(),
    };
    let max_bytes = state.settings.ws.max_message_bytes;
    // One box for what the connection keeps: axum's upgrade task holds the
    // callback for the connection's whole life, so it should hold a pointer.
    let accepted = Box::new(Accepted {
        state,
        admission,
        peer,
        held,
    });
    ws.max_message_size(max_bytes)
        .max_frame_size(max_bytes)
        .read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(WRITE_BUFFER_BYTES)
        .on_upgrade(move |socket| accepted.serve(socket))
}

/// An upgrade let in, waiting for its socket.
struct Accepted {
    state: AppState,
    admission: admission::Admission,
    peer: SocketAddr,
    held: Option<Extension<HeldConnection>>,
}

impl Accepted {
    /// The connection's task: runs it in its own span, tracked for shutdown.
    fn serve(
        self: Box<Self>,
        socket: axum::extract::ws::WebSocket,
    ) -> impl Future<Output = ()> + Send + 'static {
        let span = tracing::info_span!(
            "ws",
            instance = %self.state.sessions.instance(),
            client.addr = %self.admission.client,
            peer.addr = %self.peer,
            session.id = tracing::field::Empty,
            connection.id = tracing::field::Empty,
        );
        let tracker = self.state.tracker.clone();
        // Split now: the task then holds the two halves, not a moved-from socket.
        let (sink, stream) = socket.split();
        let connection = async move {
            let Self {
                state,
                admission,
                held,
                ..
            } = *self;
            let admission::Admission { slot, request, .. } = admission;
            connection::run(sink, stream, state, request).await;
            drop((slot, held));
        };
        tracker.track_future(connection.instrument(span))
    }
}
