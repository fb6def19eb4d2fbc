//! The session store settings: Redis (optional) and the name of this instance.

use std::time::Duration;

use secrecy::SecretString;

use super::reader::Reader;

/// Where sessions are kept beyond this process, and who this instance is.
#[derive(Debug, Clone)]
pub struct StoreSettings {
    /// Redis, when sessions are shared by several instances and survive restarts
    /// (`REDIS_URL`, `redis://` or `rediss://`); `None` keeps them in memory only.
    pub redis_url: Option<SecretString>,
    /// How long an idle, detached session lives in Redis (`REDIS_SESSION_TTL`,
    /// seconds); every activity refreshes it, and an attached session never expires.
    pub session_ttl: Duration,
    /// Prepended to every Redis key and channel, so deployments can share a
    /// Redis (`REDIS_KEY_PREFIX`).
    pub key_prefix: String,
    /// How long an accepted message waits for its Redis write before the agents
    /// are called anyway, the write staying queued (`REDIS_WRITE_TIMEOUT_MS`).
    pub write_timeout: Duration,
    /// This instance's name in logs, session info and Redis (`INSTANCE_ID`);
    /// `None`: the host name and the port.
    pub instance_id: Option<String>,
}

/// Reads the store settings.
pub(crate) fn read_store(r: &mut Reader<'_>) -> StoreSettings {
    let key_prefix = r.string("REDIS_KEY_PREFIX");
    if key_prefix
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        r.fail(
            "REDIS_KEY_PREFIX",
            "must not contain spaces or control characters",
        );
    }
    let instance_id = r.optional("INSTANCE_ID");
    if instance_id
        .as_deref()
        .is_some_and(|id| id.len() > 64 || id.chars().any(|c| c.is_whitespace() || c.is_control()))
    {
        r.fail(
            "INSTANCE_ID",
            "must be at most 64 characters, without spaces",
        );
    }
    StoreSettings {
        redis_url: r.redis_url("REDIS_URL"),
        session_ttl: Duration::from_secs(r.int("REDIS_SESSION_TTL", 1..=31_536_000)),
        key_prefix,
        write_timeout: Duration::from_millis(r.int("REDIS_WRITE_TIMEOUT_MS", 1..=60_000)),
        instance_id,
    }
}
