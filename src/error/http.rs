//! HTTP failures, answered as `{"detail": ...}` with their status.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// A failure of an HTTP route, or of a WebSocket upgrade before it happens.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No session with that id.
    #[error("Session not found")]
    SessionNotFound,
    /// The operator token is missing or wrong.
    #[error("Missing or invalid operator token")]
    Unauthorized,
    /// A query parameter is malformed.
    #[error("{0}")]
    BadRequest(String),
    /// The session store (Redis) cannot be reached.
    #[error("The session store is unavailable; try again later")]
    StoreUnavailable,
    /// MAX_CONNECTIONS_PER_IP connections are open from the client's address.
    #[error("too many connections from this address (MAX_CONNECTIONS_PER_IP={max})")]
    TooManyConnections {
        /// The limit.
        max: usize,
    },
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            Self::SessionNotFound => StatusCode::NOT_FOUND,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::TooManyConnections { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::StoreUnavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut response = (status, Json(json!({ "detail": self.to_string() }))).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
