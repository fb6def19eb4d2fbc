//! HTTP failures, answered as `{"detail": ...}` with their status.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::access::AuthError;
use crate::session::QuotaError;

/// The body of every HTTP error: what went wrong, written for the client.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(example = json!({ "detail": "Session not found" }))]
pub struct ErrorBody {
    /// What went wrong.
    pub detail: String,
}

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
    /// A browser page of an origin CORS_ORIGINS does not list.
    #[error("this origin may not open a WebSocket here (CORS_ORIGINS)")]
    ForeignOrigin,
    /// The client did not authenticate, or not validly.
    #[error("{0}")]
    Unauthenticated(AuthError),
    /// The session does not exist, is another principal's, or the resume token
    /// is missing or wrong: one answer for all, so nothing says which.
    #[error("unknown session, or not yours, or a missing or wrong resume token")]
    SessionRefused,
    /// A quota that guards the session table.
    #[error("{0}")]
    Quota(QuotaError),
    /// An operator request from a browser page of another site.
    #[error("cross-site requests to the operator API are refused")]
    CrossSite,
    /// An operator request for a Host that is not this machine, without
    /// ADMIN_API_KEY (DNS rebinding).
    #[error("without ADMIN_API_KEY the operator API answers only for a local Host")]
    ForeignHost,
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
            Self::StoreUnavailable | Self::Quota(QuotaError::MemoryBudget) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Self::ForeignOrigin | Self::SessionRefused | Self::CrossSite | Self::ForeignHost => {
                StatusCode::FORBIDDEN
            }
            Self::Unauthenticated(_) => StatusCode::UNAUTHORIZED,
            Self::Quota(_) => StatusCode::TOO_MANY_REQUESTS,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = ErrorBody {
            detail: self.to_string(),
        };
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
