//! What the WebSocket API tells Prometheus: messages accepted, error frames by
//! code, and (read at scrape time from [`super::stats::WsStats`]) the open
//! connections and the ones dropped for not reading or going silent.
//!
//! Counted through the `metrics` facade with static labels (the error codes are
//! a fixed set), a no-op with ENABLE_METRICS off.

use metrics::{Unit, counter, describe_counter, describe_gauge};

use crate::domain::ErrorCode;

/// Messages accepted (valid, stored in their session).
pub const MESSAGES_ACCEPTED: &str = "callshadow_messages_accepted_total";
/// Error frames sent, by `error_code`; each counted once, when first sent (a
/// replay to a resuming client is not counted again).
pub const ERROR_FRAMES: &str = "callshadow_error_frames_total";
/// Open WebSocket connections, read at scrape time.
pub const CONNECTIONS_ACTIVE: &str = "callshadow_ws_connections_active";
/// Connections the server dropped, by reason (`slow_reader`, `ping_timeout`),
/// read at scrape time.
pub const DISCONNECTS: &str = "callshadow_ws_disconnects_total";

/// Counts an accepted message.
pub fn message_accepted() {
    counter!(MESSAGES_ACCEPTED).increment(1);
}

/// Counts an error frame sent with `code`.
pub fn error_sent(code: ErrorCode) {
    counter!(ERROR_FRAMES, "error_code" => code.as_str()).increment(1);
}

/// Describes the WebSocket series to the installed recorder.
pub fn describe() {
    describe_counter!(
        MESSAGES_ACCEPTED,
        Unit::Count,
        "Client messages accepted and stored"
    );
    describe_counter!(
        ERROR_FRAMES,
        Unit::Count,
        "Error frames sent, by error_code (VALIDATION_ERROR included)"
    );
    describe_gauge!(
        CONNECTIONS_ACTIVE,
        Unit::Count,
        "Open WebSocket connections"
    );
    describe_counter!(
        DISCONNECTS,
        Unit::Count,
        "Connections dropped by the server, by reason (slow_reader, ping_timeout)"
    );
}
