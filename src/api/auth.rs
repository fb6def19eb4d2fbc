//! Operator authentication: `Authorization: Bearer ADMIN_API_KEY` on `/ws/sessions*`
//! and `/prompts`.

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::Response;
use secrecy::ExposeSecret;
use subtle::ConstantTimeEq;

use crate::error::ApiError;
use crate::state::AppState;

/// Lets a request through when no key is configured (loopback only: start-up
/// refuses a non-loopback listener without a key) or when it carries the key.
///
/// # Errors
/// [`ApiError::Unauthorized`] when a key is configured and not presented.
pub async fn require_operator(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let Some(key) = state.settings.server.admin_api_key.as_ref() else {
        return Ok(next.run(request).await);
    };
    let presented = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match presented {
        Some(token) if bool::from(token.as_bytes().ct_eq(key.expose_secret().as_bytes())) => {
            Ok(next.run(request).await)
        }
        _ => {
            tracing::warn!(path = %request.uri().path(), "operator request refused: bad or missing token");
            Err(ApiError::Unauthorized)
        }
    }
}
