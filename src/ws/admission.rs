//! Who may open a WebSocket, decided before the upgrade (a browser cannot read
//! an upgrade's refusal, but every other client can, and nothing is spent on a
//! refused one): the `Origin`, the per-address connection slot, the client's
//! key or token, the `user_id`, the session's owner and resume token, and the
//! quotas that guard the session table.

use std::net::SocketAddr;

use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, ORIGIN, USER_AGENT};

use super::ConnectParams;
use super::connection::ConnectRequest;
use super::stats::ConnectionSlot;
use crate::access::{self, OriginRule, Principal, ResumeToken, resume};
use crate::config::is_principal;
use crate::domain::SessionId;
use crate::error::ApiError;
use crate::session::Ownership;
use crate::state::AppState;

/// Longest `User-Agent` kept, in characters.
const MAX_USER_AGENT_CHARS: usize = 200;

/// A connection let in: its slot (freed when dropped) and what it asked for.
pub(super) struct Admission {
    /// The per-address connection slot.
    pub slot: ConnectionSlot,
    /// The client's address (behind trusted proxies), for logs.
    pub client: std::net::IpAddr,
    /// What the connection will open.
    pub request: ConnectRequest,
}

/// Checks everything that can be checked before the upgrade.
///
/// # Errors
/// The [`ApiError`] the client is refused with.
pub(super) async fn admit(
    state: &AppState,
    params: ConnectParams,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<Admission, ApiError> {
    let access = &state.settings.access;
    let client = access::client_ip(peer.ip(), headers, &access.trusted_proxies);
    let key = access::limit_key(client);
    let origin = headers.get(ORIGIN).and_then(|v| v.to_str().ok());
    // No `Origin` (not a browser) is always allowed: the rule is not even built.
    if origin.is_some() && !OriginRule::new(&state.settings.server.cors_origins).allows(origin) {
        tracing::warn!(client.addr = %client, origin, "upgrade refused: foreign origin");
        return Err(ApiError::ForeignOrigin);
    }
    let max_per_address = state.settings.flow.max_connections_per_ip;
    let slot = state.ws_stats.open(key, max_per_address).ok_or_else(|| {
        tracing::warn!(client.addr = %client, "upgrade refused: too many connections from this address");
        ApiError::TooManyConnections {
            max: max_per_address.unwrap_or_default(),
        }
    })?;
    let last_seq = last_seq(params.last_seq.as_deref())?;
    let principal = authenticate(state, &params, headers)?;
    let user_id = user_id(principal.as_ref(), params.user_id)?;
    let resume = decide_session(
        state,
        params.session_id.as_deref(),
        params.resume_token.as_deref(),
        principal.as_ref(),
        key,
    )
    .await?;
    Ok(Admission {
        slot,
        client,
        request: ConnectRequest {
            session_id: params.session_id,
            user_id,
            user_agent: user_agent(headers),
            principal,
            resume,
            creator: Some(key),
            last_seq,
        },
    })
}

/// `last_seq`, if given: a whole number.
fn last_seq(given: Option<&str>) -> Result<Option<u64>, ApiError> {
    given
        .map(|text| {
            text.parse::<u64>().map_err(|_| {
                ApiError::BadRequest("last_seq must be a whole number (0 or more)".to_owned())
            })
        })
        .transpose()
}

/// The client's principal when clients must authenticate.
fn authenticate(
    state: &AppState,
    params: &ConnectParams,
    headers: &HeaderMap,
) -> Result<Option<Principal>, ApiError> {
    if !state.client_auth.is_required() {
        return Ok(None);
    }
    let bearer = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let presented = bearer.or(params.token.as_deref());
    match state.client_auth.authenticate(presented) {
        Ok(principal) => Ok(Some(principal)),
        Err(error) => {
            tracing::warn!(reason = %error, "upgrade refused: not authenticated");
            Err(ApiError::Unauthenticated(error))
        }
    }
}

/// The principal is the user id; without client auth, `user_id` is checked.
fn user_id(
    principal: Option<&Principal>,
    asked: Option<String>,
) -> Result<Option<String>, ApiError> {
    if let Some(principal) = principal {
        return Ok(Some(principal.name.clone()));
    }
    match asked {
        Some(id) if !is_principal(&id) => Err(ApiError::BadRequest(
            "user_id must be 1 to 64 characters among A-Z a-z 0-9 _ . @ -".to_owned(),
        )),
        other => Ok(other),
    }
}

/// Whether the connection may have the session it asks for; for a session it
/// creates, the resume token to give it (and the quotas are checked).
async fn decide_session(
    state: &AppState,
    asked: Option<&str>,
    resume_token: Option<&str>,
    principal: Option<&Principal>,
    key: std::net::IpAddr,
) -> Result<Option<ResumeToken>, ApiError> {
    let require = state.settings.access.require_resume_token;
    // A malformed id is answered after the upgrade, as a VALIDATION_ERROR frame.
    let Some(id) = asked.and_then(|a| SessionId::parse(a).ok()) else {
        return create(state, key).map(Some);
    };
    match state.sessions.ownership(&id).await {
        // Cannot be looked up: opening will say so (SESSION_ERROR, 1013).
        Err(_) => Ok(None),
        Ok(Some(ownership)) => {
            let mine = may_resume(&ownership, principal, resume_token, require);
            if !mine {
                tracing::warn!(session.id = %id, "upgrade refused: not this client's session");
                return Err(ApiError::SessionRefused);
            }
            Ok(None)
        }
        Ok(None) if require => {
            tracing::warn!(session.id = %id, "upgrade refused: unknown session");
            Err(ApiError::SessionRefused)
        }
        Ok(None) => create(state, key).map(Some),
    }
}

/// Whether the session's owner and resume token let this client resume it.
fn may_resume(
    ownership: &Ownership,
    principal: Option<&Principal>,
    presented: Option<&str>,
    require: bool,
) -> bool {
    let owner_ok = match principal {
        Some(principal) => ownership.owner.as_deref() == Some(principal.name.as_str()),
        None => true,
    };
    let token_ok = match (presented, &ownership.resume_hash) {
        (Some(token), Some(hash)) => resume::matches(token, hash),
        (Some(_), None) => false,
        (None, _) => !require,
    };
    owner_ok && token_ok
}

/// The quotas let `key` create a session: a resume token for it.
fn create(state: &AppState, key: std::net::IpAddr) -> Result<ResumeToken, ApiError> {
    state.sessions.quotas().admit(key).map_err(|quota| {
        tracing::warn!(client.addr = %key, reason = %quota, "new session refused");
        ApiError::Quota(quota)
    })?;
    Ok(ResumeToken::generate())
}

/// The client's `User-Agent`, truncated.
fn user_agent(headers: &HeaderMap) -> Option<String> {
    headers
        .get(USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.chars().take(MAX_USER_AGENT_CHARS).collect())
}
