//! Latency histograms (microseconds) and their summaries in milliseconds.

use std::time::Duration;

use hdrhistogram::Histogram;
use serde::Serialize;

/// Highest value recorded: 10 minutes, in microseconds.
const MAX_MICROS: u64 = 600_000_000;

/// A histogram of durations in microseconds, 3 significant figures.
#[derive(Debug, Clone)]
pub struct Latencies(Histogram<u64>);

impl Default for Latencies {
    fn default() -> Self {
        let histogram = Histogram::new_with_bounds(1, MAX_MICROS, 3)
            .expect("hdrhistogram accepts these constant bounds");
        Self(histogram)
    }
}

impl Latencies {
    /// Records one duration (clamped to the histogram's range).
    pub fn record(&mut self, duration: Duration) {
        let micros = u64::try_from(duration.as_micros()).unwrap_or(MAX_MICROS);
        self.0.saturating_record(micros.clamp(1, MAX_MICROS));
    }

    /// Adds every value of `other`.
    pub fn merge(&mut self, other: &Self) {
        // Both histograms have the same bounds, so adding cannot fail.
        let _ = self.0.add(&other.0);
    }

    /// Values recorded.
    #[must_use]
    pub fn len(&self) -> u64 {
        self.0.len()
    }

    /// The summary in milliseconds.
    #[must_use]
    pub fn summary(&self) -> Summary {
        let ms = |micros: u64| round3(micros as f64 / 1000.0);
        if self.0.is_empty() {
            return Summary::default();
        }
        Summary {
            count: self.0.len(),
            p50_ms: ms(self.0.value_at_quantile(0.50)),
            p90_ms: ms(self.0.value_at_quantile(0.90)),
            p99_ms: ms(self.0.value_at_quantile(0.99)),
            max_ms: ms(self.0.max()),
            mean_ms: round3(self.0.mean() / 1000.0),
        }
    }
}

/// Percentiles of a latency distribution, in milliseconds.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Summary {
    /// Values recorded.
    pub count: u64,
    /// Median.
    pub p50_ms: f64,
    /// 90th percentile.
    pub p90_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Largest value.
    pub max_ms: f64,
    /// Mean.
    pub mean_ms: f64,
}

/// Rounds to three decimals, for readable JSON.
#[must_use]
pub fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// KiB from bytes-or-KiB differences, per item, rounded.
#[must_use]
pub fn per_item(total_kib: i64, items: usize) -> Option<f64> {
    (items > 0).then(|| round3(total_kib as f64 / items as f64))
}
