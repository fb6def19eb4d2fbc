//! Operator access on `/ws/sessions*` and `/prompts`: `Authorization: Bearer
//! ADMIN_API_KEY` when a key is set; and, because these routes are not for web
//! pages, a cross-site `Origin` is refused (unless OPERATOR_CORS_ORIGINS lists
//! it) and, without a key, a `Host` that is not this machine (DNS rebinding: a
//! page of evil.example resolving its name to 127.0.0.1).

use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, HOST, ORIGIN};
use axum::middleware::Next;
use axum::response::Response;
use secrecy::ExposeSecret;
use subtle::ConstantTimeEq;

use crate::access::origin::same_origin;
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
    check_browser_rules(&state, &request)?;
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

/// Refuses a cross-site `Origin` (unless listed), and without ADMIN_API_KEY a
/// `Host` that is not a loopback name.
fn check_browser_rules(state: &AppState, request: &Request) -> Result<(), ApiError> {
    let host = request.headers().get(HOST).and_then(|v| v.to_str().ok());
    if let Some(origin) = request.headers().get(ORIGIN).and_then(|v| v.to_str().ok()) {
        let listed = state.settings.access.operator_cors_origins.iter().any(|o| {
            o.trim_end_matches('/')
                .eq_ignore_ascii_case(origin.trim_end_matches('/'))
        });
        if !listed && !same_origin(origin, host) {
            tracing::warn!(origin, path = %request.uri().path(), "operator request refused: cross-site");
            return Err(ApiError::CrossSite);
        }
    }
    if state.settings.server.admin_api_key.is_none() && !host.is_some_and(is_local_host) {
        tracing::warn!(host, path = %request.uri().path(), "operator request refused: foreign Host without ADMIN_API_KEY");
        return Err(ApiError::ForeignHost);
    }
    Ok(())
}

/// Whether `host` (a `Host` header, port included) names this machine.
fn is_local_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_names_are_local_hosts() {
        for local in [
            "localhost",
            "localhost:8000",
            "127.0.0.1:8000",
            "127.9.9.9",
            "[::1]:8000",
            "LOCALHOST",
        ] {
            assert!(is_local_host(local), "{local}");
        }
        for foreign in [
            "attacker.example",
            "attacker.example:8000",
            "10.0.0.1:8000",
            "localhost.evil.example",
            "",
        ] {
            assert!(!is_local_host(foreign), "{foreign}");
        }
    }
}
