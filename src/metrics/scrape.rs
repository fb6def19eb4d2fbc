//! The gauges and totals read at scrape time from what the server already keeps
//! (the numbers `/ready` shows), so the message path pays nothing for them:
//! open connections, sessions, the listener's refusals, circuit states, Redis's
//! health and write queue.

use metrics::{SharedString, Unit, counter, describe_counter, describe_gauge, gauge};

use crate::llm::metrics::{CIRCUIT_STATE, circuit_value};
use crate::session::StoreHealth;
use crate::session::metrics::{
    REDIS_UP, REDIS_WRITES_GIVEN_UP, REDIS_WRITES_WAITING, SESSIONS_ACTIVE,
};
use crate::state::AppState;
use crate::ws::metrics::{CONNECTIONS_ACTIVE, DISCONNECTS};

/// Open HTTP connections on the public listener, WebSockets included.
pub const HTTP_CONNECTIONS_OPEN: &str = "callshadow_http_connections_open";
/// Connections the public listener refused at accept (a cap was reached).
pub const HTTP_REFUSED: &str = "callshadow_http_connections_refused_total";
/// Connections closed because their request head did not arrive in time.
pub const HTTP_HEADER_TIMEOUTS: &str = "callshadow_http_header_timeouts_total";

/// Sets every scrape-time series from `state`.
pub(super) fn read_gauges(state: &AppState) {
    let stats = &state.ws_stats;
    gauge!(CONNECTIONS_ACTIVE).set(count(stats.connections()));
    let slow = stats
        .slow_readers
        .load(std::sync::atomic::Ordering::Relaxed);
    let silent = stats
        .ping_timeouts
        .load(std::sync::atomic::Ordering::Relaxed);
    counter!(DISCONNECTS, "reason" => "slow_reader").absolute(slow);
    counter!(DISCONNECTS, "reason" => "ping_timeout").absolute(silent);
    gauge!(SESSIONS_ACTIVE).set(count(state.sessions.len()));
    gauge!(HTTP_CONNECTIONS_OPEN).set(count(state.listener.open()));
    counter!(HTTP_REFUSED).absolute(state.listener.refused());
    counter!(HTTP_HEADER_TIMEOUTS).absolute(state.listener.header_timeouts());
    read_circuits(state);
    read_redis(state);
}

/// Each upstream's circuit (one per upstream, whichever agents call it),
/// labelled as its LLM series are.
fn read_circuits(state: &AppState) {
    for upstream in state.upstreams.iter() {
        let label = SharedString::from(upstream.shared_label());
        gauge!(CIRCUIT_STATE, "provider" => upstream.provider(), "upstream" => label)
            .set(circuit_value(upstream.circuit_state()));
    }
}

/// Redis's health and write queue, when sessions are in Redis.
fn read_redis(state: &AppState) {
    let store = state.sessions.store();
    let up = match store.health() {
        StoreHealth::Disabled => return,
        StoreHealth::Up => 1.0,
        StoreHealth::Down => 0.0,
    };
    gauge!(REDIS_UP).set(up);
    gauge!(REDIS_WRITES_WAITING).set(count(store.writes_waiting()));
    counter!(REDIS_WRITES_GIVEN_UP).absolute(store.writes_given_up());
}

#[expect(
    clippy::cast_precision_loss,
    reason = "a gauge of a count, far below 2^52"
)]
fn count(n: usize) -> f64 {
    n as f64
}

/// Describes the listener's series to the installed recorder.
pub(super) fn describe() {
    describe_gauge!(
        HTTP_CONNECTIONS_OPEN,
        Unit::Count,
        "Open HTTP connections on the public listener, WebSockets included"
    );
    describe_counter!(
        HTTP_REFUSED,
        Unit::Count,
        "Connections refused at accept: MAX_HTTP_CONNECTIONS or the per-address cap reached"
    );
    describe_counter!(
        HTTP_HEADER_TIMEOUTS,
        Unit::Count,
        "Connections closed because their request head did not arrive in time"
    );
}
