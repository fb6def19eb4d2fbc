//! The WebSocket API: `GET /ws/conversation`, one task set per connection.

pub mod connection;
pub mod frames;
pub mod input;
mod intake;
mod outbox;
mod reader;
pub mod stats;
mod worker;
mod writer;

use std::net::SocketAddr;

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::header::USER_AGENT;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;
use tracing::Instrument;

use crate::state::AppState;

/// Per-connection read buffer: small, as it is allocated for every connection.
const READ_BUFFER_BYTES: usize = 2 * 1024;
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
    let max_per_address = state.settings.flow.max_connections_per_ip;
    let Some(slot) = state.ws_stats.open(peer.ip(), max_per_address) else {
        tracing::warn!(client.addr = %peer.ip(), "connection refused: too many from this address");
        let detail = format!(
            "too many connections from this address (MAX_CONNECTIONS_PER_IP={})",
            max_per_address.unwrap_or_default()
        );
        return (
            StatusCode::TOO_MANY_REQUESTS,
            Json(json!({ "detail": detail })),
        )
            .into_response();
    };
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
            let connection = async move {
                connection::run(socket, state, request).await;
                drop(slot);
            };
            tracker.track_future(connection.instrument(span))
        })
}
