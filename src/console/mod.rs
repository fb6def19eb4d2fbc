//! The web console (SPEC 12): the single page at `/` and its files under
//! `/assets/`, the sample conversations under `/examples/`, and what the page
//! needs to know about this server (`/console/settings.json`), every answer
//! with the console's security headers.
//!
//! The files come from `web/` and `examples/` in the working directory when
//! they are there (edit and reload, no rebuild), else from the copies compiled
//! into the binary ([`files`]), so it serves them from any directory.

pub mod files;

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router, middleware};
use serde_json::json;

use crate::config::SuggestionMode;
use crate::state::AppState;

/// The page's Content-Security-Policy: its own scripts, styles and images only,
/// and connections (fetch and the WebSocket, CSP 3) to this server only.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// The console's routes, with its security headers.
pub fn router() -> Router<AppState> {
    let files = files::Folders::resolve();
    files
        .routes()
        .route("/console/settings.json", get(settings))
        .layer(middleware::map_response(security_headers))
}

/// What the page adapts to: whether a token is needed, whether resuming needs
/// the resume token, the suggestion mode, the longest text.
async fn settings(State(state): State<AppState>) -> Json<serde_json::Value> {
    let settings = &state.settings;
    let mode = match settings.flow.mode {
        SuggestionMode::Every => "every",
        SuggestionMode::Latest => "latest",
    };
    Json(json!({
        "client_auth": state.client_auth.is_required(),
        "resume_token_required": settings.access.require_resume_token,
        "suggestion_mode": mode,
        "max_text_chars": settings.ws.max_text_chars,
    }))
}

/// Adds the console's security headers to `response`.
async fn security_headers(response: Response) -> impl IntoResponse {
    let mut response = response;
    let headers = response.headers_mut();
    let fixed = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-cache"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
