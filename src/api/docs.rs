//! The server describing itself: the OpenAPI document of every HTTP route
//! (`GET /openapi.json`, built by utoipa from the handlers' annotations and the
//! body types) and the JSON Schemas of the WebSocket frames
//! (`GET /schemas/frames.json`). Both are public and read-only, like `/health`,
//! and both are checked in under `docs/`.

use std::sync::LazyLock;

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use serde_json::Value;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{IntoResponses, Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::ErrorBody;
use crate::state::AppState;
use crate::ws::schema::frames_schema;

/// The document's fixed parts: title, description, tags, security schemes.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "callshadow",
        description = "Real-time conversation copilot server. A client streams a conversation over the WebSocket `GET /ws/conversation` (frames: `GET /schemas/frames.json`); operators list and delete sessions and read the prompts' experiment over REST.",
    ),
    modifiers(&SecuritySchemes),
    tags(
        (name = "websocket", description = "The conversation socket"),
        (name = "sessions", description = "Operator API: sessions (Bearer ADMIN_API_KEY)"),
        (name = "prompts", description = "Operator API: prompts and the A/B test (Bearer ADMIN_API_KEY)"),
        (name = "health", description = "Liveness and readiness"),
        (name = "documents", description = "This document and the frames' JSON Schemas"),
    )
)]
struct ApiDoc;

/// Adds the security schemes: `operator` (ADMIN_API_KEY) and `client`
/// (WS_API_KEYS or a JWT, when client auth is on).
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let bearer = |description: &str| {
            let mut http = Http::new(HttpAuthScheme::Bearer);
            http.description = Some(description.to_owned());
            SecurityScheme::Http(http)
        };
        components.add_security_scheme(
            "operator",
            bearer("`Authorization: Bearer $ADMIN_API_KEY`: required when ADMIN_API_KEY is set; without it the operator routes answer only local requests."),
        );
        components.add_security_scheme(
            "client",
            bearer("A client key (WS_API_KEYS) or a JWT (JWT_SECRET), when client auth is on; browsers pass it as `?token=`."),
        );
    }
}

/// Why an operator route refuses a request, whatever the route.
#[derive(IntoResponses)]
pub enum OperatorRefusals {
    /// ADMIN_API_KEY is set and the request does not carry it.
    #[response(status = 401, headers(("WWW-Authenticate" = String, description = "`Bearer`")))]
    Unauthorized(ErrorBody),
    /// A cross-site browser request, or without ADMIN_API_KEY a `Host` that is
    /// not this machine (DNS rebinding).
    #[response(status = 403)]
    Forbidden(ErrorBody),
}

/// The routes of the documents.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(openapi_json))
        .routes(routes!(frames_json))
}

/// An empty router carrying the document's fixed parts, to merge routes into.
pub(super) fn base() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
}

/// The OpenAPI document, once.
static OPENAPI_JSON: LazyLock<String> = LazyLock::new(|| {
    super::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!(r#"{{"error": "{e}"}}"#))
});

/// This OpenAPI document.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "documents",
    responses((status = 200, description = "The OpenAPI 3.1 document of the HTTP routes", body = Object))
)]
async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        OPENAPI_JSON.as_str(),
    )
}

/// The JSON Schemas of every WebSocket frame, both directions.
#[utoipa::path(
    get,
    path = "/schemas/frames.json",
    tag = "documents",
    responses((status = 200, description = "A JSON Schema 2020-12 document: `$defs/InputMessage` (client to server), `$defs/ServerFrame` (server to client)", body = Object))
)]
async fn frames_json(State(state): State<AppState>) -> Json<Value> {
    Json(frames_schema(state.settings.ws.max_text_chars))
}
