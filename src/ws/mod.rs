//! The WebSocket API: `GET /ws/conversation`, one task set per connection.
//!
//! Following one message: [`connection`] attaches the session and runs the
//! connection; `read_loop` parses each frame ([`input`]) and stores the message;
//! `queue` hands it to the `worker`, which schedules it (`every` or `latest`);
//! `answer` asks the agents and builds the reply [`frames`]; `outbox` and `writer`
//! send them in order. [`metrics`] names what it tells Prometheus.

mod admission;
mod answer;
pub mod connection;
pub mod frames;
pub mod input;
pub mod metrics;
mod outbox;
mod queue;
mod read_loop;
pub mod stats;
#[cfg(test)]
mod tests;
mod worker;
mod writer;

use std::net::SocketAddr;

use axum::Extension;
use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::StreamExt;
use serde::Deserialize;
use tracing::Instrument;

use crate::serve::HeldConnection;
use crate::state::AppState;

/// Per-connection read buffer: small, as it is allocated for every connection.
const READ_BUFFER_BYTES: usize = 2 * 1024;
/// Write buffer before a flush is forced.
const WRITE_BUFFER_BYTES: usize = 8 * 1024;

/// The query string of `/ws/conversation`.
#[derive(Clone, Default, Deserialize)]
pub struct ConnectParams {
    /// The session to resume or create.
    pub session_id: Option<String>,
    /// The user the session belongs to (the principal, with client auth).
    pub user_id: Option<String>,
    /// The client's key or JWT (browsers cannot set headers on a WebSocket).
    pub token: Option<String>,
    /// The resume token of the session to resume.
    pub resume_token: Option<String>,
    /// The `seq` of the last answer the client holds: a resume gets again the
    /// answers it missed after it (SPEC 11).
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
pub fn router() -> Router<AppState> {
    Router::new().route("/ws/conversation", get(upgrade))
}

async fn upgrade(
    ws: WebSocketUpgrade,
    State(state): State<AppState>,
    Query(params): Query<ConnectParams>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    held: Option<Extension<HeldConnection>>,
    headers: HeaderMap,
) -> Response {
    let admission = match admission::admit(&state, params, peer, &headers).await {
        Ok(admission) => admission,
        Err(refusal) => return refusal.into_response(),
    };
    let max_bytes = state.settings.ws.max_message_bytes;
    let tracker = state.tracker.clone();
    ws.max_message_size(max_bytes)
        .max_frame_size(max_bytes)
        .read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(WRITE_BUFFER_BYTES)
        .on_upgrade(move |socket| {
            let span = tracing::info_span!(
                "ws",
                instance = %state.sessions.instance(),
                client.addr = %admission.client,
                peer.addr = %peer,
                session.id = tracing::field::Empty,
                connection.id = tracing::field::Empty,
            );
            let admission::Admission { slot, request, .. } = admission;
            let connection = async move {
                let (sink, stream) = socket.split();
                connection::run(sink, stream, state, request).await;
                drop((slot, held));
            };
            tracker.track_future(connection.instrument(span))
        })
}
