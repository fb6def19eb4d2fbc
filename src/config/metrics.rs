//! The Prometheus metrics settings: whether `/metrics` is served, and where.

use std::net::{IpAddr, SocketAddr};

use super::reader::Reader;

/// Where Prometheus scrapes the metrics, when it may.
#[derive(Debug, Clone)]
pub struct MetricsSettings {
    /// Whether metrics are recorded and served (`ENABLE_METRICS`); off, no
    /// recorder is installed and nothing listens.
    pub enabled: bool,
    /// Address of the metrics listener (`METRICS_HOST`), apart from the public
    /// one so `/metrics` is never served to clients.
    pub host: IpAddr,
    /// Port of the metrics listener, 0 for any (`METRICS_PORT`).
    pub port: u16,
}

impl MetricsSettings {
    /// The address to bind, when metrics are on.
    #[must_use]
    pub fn address(&self) -> Option<SocketAddr> {
        self.enabled.then(|| SocketAddr::new(self.host, self.port))
    }
}

/// Reads the metrics settings; the port must differ from the public `PORT`.
pub(crate) fn read_metrics(r: &mut Reader<'_>, public_port: u16) -> MetricsSettings {
    let enabled = r.boolean("ENABLE_METRICS");
    let host = r.string("METRICS_HOST");
    let host = match host.as_str() {
        "localhost" => Some(IpAddr::from([127, 0, 0, 1])),
        other => other.parse().ok(),
    };
    if host.is_none() {
        r.fail(
            "METRICS_HOST",
            "must be an IP address such as 127.0.0.1 or 0.0.0.0",
        );
    }
    let port = r.int("METRICS_PORT", 0..=65535);
    if enabled && port != 0 && port == public_port {
        r.fail(
            "METRICS_PORT",
            format!(
                "must differ from PORT ({public_port}): metrics are never served on the public port"
            ),
        );
    }
    MetricsSettings {
        enabled,
        host: host.unwrap_or(IpAddr::from([127, 0, 0, 1])),
        port,
    }
}
