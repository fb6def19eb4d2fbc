//! The WebSocket API: `GET /ws/conversation`, one task set per connection.
//!
//! Following one message: [`connection`] attaches the session and runs the
//! connection; `read_loop` parses each frame ([`input`]) and stores the message;
//! `queue` hands it to the `worker`, which schedules it (`every` or `latest`);
//! `answer` asks the agents and builds the reply [`frames`]; `outbox` and `writer`
//! send them in order.

mod answer;
pub mod connection;
pub mod frames;
pub mod input;
mod outbox;
mod queue;
mod read_loop;
pub mod stats;
#[cfg(test)]
mod tests;
mod worker;
mod writer;

use std::net::SocketAddr;

use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::http::header::USER_AGENT;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::StreamExt;
use serde::Deserialize;
use tracing::Instrument;

use crate::error::ApiError;
use crate::state::AppState;

/// Per-connection read buffer: small, as it is allocated for every connection.
const READ_BUFFER_BYTES: usize = 2 * 1024;
/// Write buffer before a flush is forced.
const WRITE_BUFFER_BYTES: usize = 8 * 1024;
/// Longest `User-Agent` kept, in characters.
const MAX_USER_AGENT_CHARS: usize = 200;

/// The query string of `/ws/conversation`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ConnectParams {
    /// The session to resume or create.
    pub session_id: Option<String>,
    /// The user the session belongs to.
    pub user_id: Option<String>,
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
    headers: HeaderMap,
) -> Response {
    let max_per_address = state.settings.flow.max_connections_per_ip;
    let Some(slot) = state.ws_stats.open(peer.ip(), max_per_address) else {
        tracing::warn!(client.addr = %peer.ip(), "connection refused: too many from this address");
        let max = max_per_address.unwrap_or_default();
        return ApiError::TooManyConnections { max }.into_response();
    };
    let max_bytes = state.settings.ws.max_message_bytes;
    let request = connection::ConnectRequest {
        session_id: params.session_id,
        user_id: params.user_id,
        user_agent: user_agent(&headers),
    };
    let tracker = state.tracker.clone();
    ws.max_message_size(max_bytes)
        .max_frame_size(max_bytes)
        .read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(WRITE_BUFFER_BYTES)
        .on_upgrade(move |socket| {
            let span = tracing::info_span!(
                "ws",
                instance = %state.sessions.instance(),
                client.addr = %peer,
                session.id = tracing::field::Empty,
                connection.id = tracing::field::Empty,
            );
            let connection = async move {
                let (sink, stream) = socket.split();
                connection::run(sink, stream, state, request).await;
                drop(slot);
            };
            tracker.track_future(connection.instrument(span))
        })
}

/// The client's `User-Agent`, truncated.
fn user_agent(headers: &HeaderMap) -> Option<String> {
    headers
        .get(USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.chars().take(MAX_USER_AGENT_CHARS).collect())
}
