//! The one mapping from operator-API failures to HTTP answers: `{"detail": ...}`.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An operator-API failure.
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
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match self {
            Self::SessionNotFound => StatusCode::NOT_FOUND,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
        };
        let mut response = (status, Json(json!({ "detail": self.to_string() }))).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
