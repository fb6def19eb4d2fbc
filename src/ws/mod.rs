//! The WebSocket API: `GET /ws/conversation`, one task set per connection.

pub mod connection;
pub mod frames;
pub mod input;
mod reader;
mod worker;
mod writer;

use std::net::SocketAddr;

use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::HeaderMap;
use axum::http::header::USER_AGENT;
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;
use tracing::Instrument;

use crate::state::AppState;

/// Per-connection read buffer: small, as it is allocated for every connection.
const READ_BUFFER_BYTES: usize = 4 * 1024;
/// Write buffer before a flush is forced.
const WRITE_BUFFER_BYTES: usize = 8 * 1024;

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
    let max_bytes = state.settings.ws.max_message_bytes;
    let user_agent = headers
        .get(USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.chars().take(200).collect::<String>());
    let tracker = state.tracker.clone();
    ws.max_message_size(max_bytes)
        .max_frame_size(max_bytes)
        .read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(WRITE_BUFFER_BYTES)
        .on_upgrade(move |socket| {
            let span = tracing::info_span!(
                "ws",
                client.addr = %peer,
                session.id = tracing::field::Empty,
                connection.id = tracing::field::Empty,
            );
            let request = connection::ConnectRequest { params, user_agent };
            tracker.track_future(connection::run(socket, state, request).instrument(span))
        })
}
