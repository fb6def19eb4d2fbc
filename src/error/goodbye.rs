//! How the server ends a WebSocket connection: the close code and reason, and for
//! a session that was taken from the client, the `SESSION_ERROR` said first.

use serde_json::json;

use super::{ClientError, ErrorCode};

/// Why the server closes a connection, as the client is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goodbye {
    /// The server is shutting down (1001).
    Shutdown,
    /// The client sent a binary frame (1003).
    Binary,
    /// The client sent a frame over MAX_MESSAGE_BYTES (1009).
    TooBig,
    /// The client sent a text frame that is not UTF-8 (1007).
    InvalidUtf8,
    /// Nothing came from the client for PONG_TIMEOUT (1008).
    Silent,
    /// The client does not read: its outgoing buffer stayed full (1008).
    NotReading,
    /// The `session_id` in the query is malformed (1008).
    InvalidSessionId,
    /// MAX_SESSIONS sessions exist (1013, try again later).
    TooManySessions,
    /// The session store cannot be reached to resume the session (1013).
    StoreUnavailable,
    /// Another connection took the session over (4001).
    TakenOver,
    /// An operator deleted the session (4000).
    Deleted,
    /// The client's token expired during the connection (4003).
    TokenExpired,
}

/// Close code: the server is going away.
pub const CLOSE_GOING_AWAY: u16 = 1001;
/// Close code: the frame's type is not supported.
pub const CLOSE_UNSUPPORTED: u16 = 1003;
/// Close code: the frame's data is not consistent with its type.
pub const CLOSE_INVALID_DATA: u16 = 1007;
/// Close code: policy violation.
pub const CLOSE_POLICY: u16 = 1008;
/// Close code: the frame is too big.
pub const CLOSE_TOO_BIG: u16 = 1009;
/// Close code: try again later.
pub const CLOSE_TRY_AGAIN_LATER: u16 = 1013;
/// Close code: the session was deleted by an operator.
pub const CLOSE_SESSION_DELETED: u16 = 4000;
/// Close code: another connection took the session over.
pub const CLOSE_TAKEN_OVER: u16 = 4001;
/// Close code: the client's token expired; reconnect with a fresh one.
pub const CLOSE_TOKEN_EXPIRED: u16 = 4003;

impl Goodbye {
    /// The close frame's code.
    #[must_use]
    pub fn code(self) -> u16 {
        match self {
            Self::Shutdown => CLOSE_GOING_AWAY,
            Self::Binary => CLOSE_UNSUPPORTED,
            Self::TooBig => CLOSE_TOO_BIG,
            Self::InvalidUtf8 => CLOSE_INVALID_DATA,
            Self::Silent | Self::NotReading | Self::InvalidSessionId => CLOSE_POLICY,
            Self::TooManySessions | Self::StoreUnavailable => CLOSE_TRY_AGAIN_LATER,
            Self::TakenOver => CLOSE_TAKEN_OVER,
            Self::Deleted => CLOSE_SESSION_DELETED,
            Self::TokenExpired => CLOSE_TOKEN_EXPIRED,
        }
    }

    /// The close frame's reason.
    #[must_use]
    pub fn reason(self) -> &'static str {
        match self {
            Self::Shutdown => "server shutting down",
            Self::Binary => "binary frames are not supported; send JSON text",
            Self::TooBig => "frame exceeds MAX_MESSAGE_BYTES",
            Self::InvalidUtf8 => "text frame is not valid UTF-8",
            Self::Silent => "no frame from the client within PONG_TIMEOUT",
            Self::NotReading => "client is not reading: outgoing buffer full",
            Self::InvalidSessionId => "invalid session_id",
            Self::TooManySessions => "too many sessions",
            Self::StoreUnavailable => "session store unavailable",
            Self::TakenOver => "session taken over",
            Self::Deleted => "session deleted",
            Self::TokenExpired => "token expired; reconnect with a fresh token",
        }
    }

    /// The `SESSION_ERROR` frame sent before the close, when the session itself
    /// was taken from the connection.
    #[must_use]
    pub fn session_error(self) -> Option<ClientError> {
        let message = match self {
            Self::TakenOver => "Session taken over by another connection",
            Self::Deleted => "Session deleted by an operator",
            Self::TokenExpired => {
                "Your token expired; reconnect with a fresh one to resume the session"
            }
            _ => return None,
        };
        Some(ClientError::new(
            ErrorCode::SessionError,
            message,
            json!({}),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_reasons_fit_in_a_close_frame() {
        let all = [
            Goodbye::Shutdown,
            Goodbye::Binary,
            Goodbye::TooBig,
            Goodbye::Silent,
            Goodbye::NotReading,
            Goodbye::InvalidSessionId,
            Goodbye::TooManySessions,
            Goodbye::StoreUnavailable,
            Goodbye::TakenOver,
            Goodbye::Deleted,
            Goodbye::TokenExpired,
        ];
        for goodbye in all {
            assert!(goodbye.reason().len() <= 123, "{goodbye:?}");
            assert!(goodbye.code() >= 1000);
        }
        assert!(Goodbye::TakenOver.session_error().is_some());
        assert!(Goodbye::Shutdown.session_error().is_none());
    }
}
