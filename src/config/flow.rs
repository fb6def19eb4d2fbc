//! Real-time flow settings: suggestion mode, rate limits, keep-alive, buffers.

use std::num::NonZeroU32;
use std::str::FromStr;
use std::time::Duration;

use super::reader::{Reader, TimeUnit};

/// How messages that arrive faster than the LLM answers are handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionMode {
    /// One suggestion per message, in order; past MAX_PENDING_MESSAGES waiting,
    /// a message is answered BACKPRESSURE.
    Every,
    /// While a call is in flight newer messages wait; then one call answers the
    /// newest and the ones it covers get `ack`.
    Latest,
}

impl FromStr for SuggestionMode {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "every" => Ok(Self::Every),
            "latest" => Ok(Self::Latest),
            _ => Err("must be \"every\" or \"latest\"".to_owned()),
        }
    }
}

/// Real-time flow control.
#[derive(Debug, Clone)]
pub struct FlowSettings {
    /// SUGGESTION_MODE.
    pub mode: SuggestionMode,
    /// Messages per minute per session, when RATE_LIMIT_ENABLED (RATE_LIMIT_RPM).
    pub rate_limit_rpm: Option<NonZeroU32>,
    /// Connections from one address at once; `None` for no limit (MAX_CONNECTIONS_PER_IP=0).
    pub max_connections_per_ip: Option<usize>,
    /// How often the server pings each connection (PING_INTERVAL, seconds).
    pub ping_interval: Duration,
    /// Silence after which a connection is dropped (PONG_TIMEOUT, seconds).
    pub pong_timeout: Duration,
    /// Frames queued for a client (MAX_BUFFERED_FRAMES).
    pub max_buffered_frames: usize,
    /// How long a full queue may stay full before the client counts as not
    /// reading and is disconnected (SLOW_READER_TIMEOUT_MS).
    pub slow_reader_timeout: Duration,
}

/// Reads the flow settings.
pub(crate) fn read_flow(r: &mut Reader<'_>) -> FlowSettings {
    let enabled = r.boolean("RATE_LIMIT_ENABLED");
    let rpm: u32 = r.int("RATE_LIMIT_RPM", 1..=1_000_000);
    let per_ip: usize = r.int("MAX_CONNECTIONS_PER_IP", 0..=10_000_000);
    let settings = FlowSettings {
        mode: r.parsed("SUGGESTION_MODE").unwrap_or(SuggestionMode::Every),
        rate_limit_rpm: NonZeroU32::new(rpm).filter(|_| enabled),
        max_connections_per_ip: (per_ip > 0).then_some(per_ip),
        ping_interval: r.duration("PING_INTERVAL", TimeUnit::Seconds, 86_400.0),
        pong_timeout: r.duration("PONG_TIMEOUT", TimeUnit::Seconds, 86_400.0),
        max_buffered_frames: r.int("MAX_BUFFERED_FRAMES", 4..=100_000),
        slow_reader_timeout: Duration::from_millis(r.int("SLOW_READER_TIMEOUT_MS", 1..=600_000)),
    };
    if settings.pong_timeout <= settings.ping_interval {
        r.fail("PONG_TIMEOUT", "must be longer than PING_INTERVAL");
    }
    settings
}
