//! What the session layer tells Prometheus: the sessions held and the Redis
//! store's health, failures and write queue.
//!
//! Failures are counted where they happen, through the `metrics` facade (a
//! no-op without a recorder, ENABLE_METRICS off); the gauges and totals the
//! store already keeps (`/ready` shows them) are read at scrape time by the
//! metrics endpoint, under the names below.

use metrics::{Unit, counter, describe_counter, describe_gauge};

/// Sessions this instance holds (attached or not), read at scrape time.
pub const SESSIONS_ACTIVE: &str = "callshadow_sessions_active";
/// 1 while Redis answers, 0 while it does not; absent without REDIS_URL.
pub const REDIS_UP: &str = "callshadow_redis_up";
/// Redis round trips that failed, by operation (`write_batch`: the
/// write-through queue's pipelines, retried; `command`: claims, reads,
/// deletions, the health probe).
pub const REDIS_FAILURES: &str = "callshadow_redis_failures_total";
/// Writes queued for Redis and not yet acknowledged, read at scrape time.
pub const REDIS_WRITES_WAITING: &str = "callshadow_redis_writes_waiting";
/// Writes given up because too many were waiting, read at scrape time.
pub const REDIS_WRITES_GIVEN_UP: &str = "callshadow_redis_writes_given_up_total";

/// Counts a failed Redis round trip of `operation` (`write_batch`, `command`).
pub fn redis_failed(operation: &'static str) {
    counter!(REDIS_FAILURES, "operation" => operation).increment(1);
}

/// Describes the session series to the installed recorder.
pub fn describe() {
    describe_gauge!(SESSIONS_ACTIVE, Unit::Count, "Sessions this instance holds");
    describe_gauge!(REDIS_UP, "1 while Redis answers, 0 while it does not");
    describe_counter!(
        REDIS_FAILURES,
        Unit::Count,
        "Redis round trips that failed, by operation (write_batch: retried writes; command: reads, claims, probes)"
    );
    describe_gauge!(
        REDIS_WRITES_WAITING,
        Unit::Count,
        "Writes queued for Redis, not yet acknowledged"
    );
    describe_counter!(
        REDIS_WRITES_GIVEN_UP,
        Unit::Count,
        "Writes given up because too many were waiting (each is logged)"
    );
}
