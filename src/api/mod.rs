//! The HTTP API: operator routes, health, and the one router of the server.

pub mod auth;
pub mod health;
pub mod prompts;
pub mod sessions;

use axum::Router;
use axum::http::{HeaderValue, Method, header};
use axum::middleware;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::TraceLayer;

use crate::state::AppState;

/// Every route of the server, with its middleware, in one place.
pub fn router(state: AppState) -> Router {
    let operator =
        sessions::router()
            .merge(prompts::router())
            .route_layer(middleware::from_fn_with_state(
                state.clone(),
                auth::require_operator,
            ));
    Router::new()
        .merge(crate::ws::router())
        .merge(operator)
        .merge(health::router())
        .layer(cors(&state.settings.server.cors_origins))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// CORS from CORS_ORIGINS: `*` allows every origin.
fn cors(origins: &[String]) -> CorsLayer {
    let allow = if origins.iter().any(|o| o == "*") {
        AllowOrigin::any()
    } else {
        AllowOrigin::list(origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()))
    };
    CorsLayer::new()
        .allow_origin(allow)
        .allow_methods([Method::GET, Method::DELETE, Method::OPTIONS])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
}
