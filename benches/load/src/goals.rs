//! The targets of issue 17 ("closer to the bare relay"), checked on `all`'s
//! results: server CPU per message against the relay's in the same run, RSS per
//! idle connection and connect rate against the relay's — in memory and with
//! REDIS_URL set (callshadow on Redis is measured in the `redis` mode, against
//! the relay of the `latency` mode). `hold`'s figures are medians over its
//! rounds.

use crate::holds::{HoldRound, median};
use crate::latency::LatencyReport;
use crate::report;
use crate::stats::round3;
use crate::summary::{Check, Results};

/// Server CPU per message over the relay's at `--connections`, at most.
const MAX_CPU_RATIO_LOADED: f64 = 1.5;
/// The same at one connection, at most.
const MAX_CPU_RATIO_SINGLE: f64 = 2.0;
/// RSS per idle connection, at most (KiB).
const MAX_KIB_PER_CONNECTION: f64 = 8.0;
/// Idle connections held for the RSS figure, at least.
const MIN_HELD: usize = 19_000;
/// Connect rate (connection and `session_init`) over the relay's, at least.
const MIN_CONNECT_RATIO: f64 = 0.80;

/// `hold`'s figures over its rounds.
#[derive(Debug, Clone, Default)]
pub struct HoldFigures {
    /// Rounds run.
    pub rounds: usize,
    /// Connections held, fewest over the rounds: callshadow, relay.
    pub held: (usize, usize),
    /// Median RSS per idle connection, KiB: callshadow, relay.
    pub kib: (Option<f64>, Option<f64>),
    /// Median connect rate per second: callshadow, relay.
    pub rate: (Option<f64>, Option<f64>),
    /// Median of each round's callshadow / relay connect rate.
    pub rate_ratio: Option<f64>,
    /// callshadow on Redis: fewest held, median KiB per connection, median
    /// connect-rate ratio to the relay of the same round.
    pub redis: Option<(usize, Option<f64>, Option<f64>)>,
}

impl HoldFigures {
    /// Reads them from the rounds; `None` when there is none.
    #[must_use]
    pub fn new(rounds: &[HoldRound]) -> Option<Self> {
        let first = rounds.first()?;
        let med = |pick: &dyn Fn(&HoldRound) -> Option<f64>| {
            median(rounds.iter().filter_map(pick).collect())
        };
        let ratio = |a: f64, b: f64| (b > 0.0).then(|| a / b);
        let redis = first.on_redis.as_ref().map(|_| {
            let on_redis = rounds.iter().filter_map(|r| r.on_redis.as_ref());
            (
                on_redis.map(|r| r.held).min().unwrap_or(0),
                med(&|r| r.on_redis.as_ref()?.rss_per_connection_kib),
                med(&|r| {
                    ratio(
                        r.on_redis.as_ref()?.connect_rate_per_s,
                        r.relay.connect_rate_per_s,
                    )
                }),
            )
        });
        Some(Self {
            rounds: rounds.len(),
            held: (
                rounds.iter().map(|r| r.ours.held).min().unwrap_or(0),
                rounds.iter().map(|r| r.relay.held).min().unwrap_or(0),
            ),
            kib: (
                med(&|r| r.ours.rss_per_connection_kib),
                med(&|r| r.relay.rss_per_connection_kib),
            ),
            rate: (
                med(&|r| Some(r.ours.connect_rate_per_s)),
                med(&|r| Some(r.relay.connect_rate_per_s)),
            ),
            rate_ratio: med(&|r| ratio(r.ours.connect_rate_per_s, r.relay.connect_rate_per_s)),
            redis,
        })
    }
}

/// Issue 17's targets that the results cover.
#[must_use]
pub fn checks(results: &Results, hold: Option<&HoldFigures>) -> Vec<Check> {
    let mut checks = Vec::new();
    if let Some((ours, base)) = &results.latency {
        checks.push(check_cpu(ours, base, MAX_CPU_RATIO_LOADED));
        if let Some(store) = &results.store {
            let mut check = check_cpu(&store.redis, base, MAX_CPU_RATIO_LOADED);
            check.target = format!("redis {}", check.target);
            checks.push(check);
        }
    }
    if let Some((ours, base)) = &results.latency_single {
        checks.push(check_cpu(ours, base, MAX_CPU_RATIO_SINGLE));
    }
    if let Some(hold) = hold {
        let rounds = hold.rounds;
        checks.push(check_kib("hold", hold.held.0, hold.kib.0, rounds));
        checks.push(check_rate("hold", hold.rate_ratio, rounds));
        if let Some((held, kib, ratio)) = hold.redis {
            checks.push(check_kib("hold on Redis", held, kib, rounds));
            checks.push(check_rate("hold on Redis", ratio, rounds));
        }
    }
    checks
}

fn check_cpu(ours: &LatencyReport, base: &LatencyReport, limit: f64) -> Check {
    let cpu = |r: &LatencyReport| r.cpu_per_message.server_us;
    let ratio = match (cpu(ours), cpu(base)) {
        (Some(a), Some(b)) if b > 0.0 => Some(round3(a / b)),
        _ => None,
    };
    let clean = ours.failed == 0 && base.failed == 0;
    Check {
        target: format!(
            "latency C={}: server CPU per message vs relay",
            ours.connections
        ),
        measured: format!(
            "{} x ({} us vs {} us)",
            report::opt(ratio),
            report::opt(cpu(ours)),
            report::opt(cpu(base))
        ),
        limit: format!("<= {limit} x"),
        pass: clean && ratio.is_some_and(|r| r <= limit),
        note: (!clean).then(|| "messages failed".to_owned()),
    }
}

fn check_kib(what: &str, held: usize, kib: Option<f64>, rounds: usize) -> Check {
    Check {
        target: format!("{what}: RSS per idle connection (median of {rounds})"),
        measured: format!("{} KiB (at {held} at least)", report::opt(kib)),
        limit: format!("<= {MAX_KIB_PER_CONNECTION} KiB at >= {MIN_HELD}"),
        pass: held >= MIN_HELD && kib.is_some_and(|k| k <= MAX_KIB_PER_CONNECTION),
        note: (held < MIN_HELD).then(|| format!("held {held}")),
    }
}

fn check_rate(what: &str, ratio: Option<f64>, rounds: usize) -> Check {
    Check {
        target: format!("{what}: connect rate vs relay (median of {rounds})"),
        measured: ratio.map_or_else(|| "-".to_owned(), |r| format!("{:.1}%", r * 100.0)),
        limit: format!(">= {:.0}%", MIN_CONNECT_RATIO * 100.0),
        pass: ratio.is_some_and(|r| r >= MIN_CONNECT_RATIO),
        note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::{HoldFigures, checks};
    use crate::hold::HoldReport;
    use crate::holds::HoldRound;
    use crate::summary::Results;

    fn report(held: usize, rate: f64, kib: f64) -> HoldReport {
        HoldReport {
            held,
            connect_rate_per_s: rate,
            rss_per_connection_kib: Some(kib),
            ..HoldReport::default()
        }
    }

    fn round(ours: f64, relay: f64, on_redis: f64) -> HoldRound {
        HoldRound {
            ours: report(19_744, ours, 7.0),
            relay: report(19_918, relay, 6.7),
            on_redis: Some(report(19_744, on_redis, 8.5)),
        }
    }

    #[test]
    fn the_connect_rate_is_the_median_of_each_rounds_ratio() {
        // One slow round (a busy machine) does not decide the figure.
        let rounds = [
            round(5_000.0, 10_000.0, 9_000.0),
            round(9_000.0, 10_000.0, 9_000.0),
            round(17_000.0, 20_000.0, 18_000.0),
        ];
        let figures = HoldFigures::new(&rounds).expect("three rounds");
        assert_eq!(figures.rate_ratio, Some(0.85));
        assert_eq!(figures.held, (19_744, 19_918));
        let checks = checks(&Results::default(), Some(&figures));
        let verdicts: Vec<(&str, bool)> =
            checks.iter().map(|c| (c.target.as_str(), c.pass)).collect();
        assert_eq!(
            verdicts,
            [
                ("hold: RSS per idle connection (median of 3)", true),
                ("hold: connect rate vs relay (median of 3)", true),
                (
                    "hold on Redis: RSS per idle connection (median of 3)",
                    false
                ),
                ("hold on Redis: connect rate vs relay (median of 3)", true),
            ]
        );
    }
}
