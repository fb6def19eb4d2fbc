//! `hold` as `all` runs it: callshadow and the relay, each started afresh,
//! alternated over `--hold-rounds` rounds, and callshadow with its sessions in
//! Redis in each round when `redis-server` is installed. One run's connect rate
//! moves with the machine's load (the relay's alone by a factor of two between
//! identical runs), so the summary reads the median of the rounds, and a ratio
//! within one round rather than across them.

use std::net::SocketAddr;

use crate::all::{self, Args};
use crate::hold::{self, HoldReport};
use crate::procs::Proc;
use crate::report;
use crate::store::RedisServer;

/// One round: callshadow in memory, the relay, callshadow on Redis.
#[derive(Debug, Clone)]
pub struct HoldRound {
    /// callshadow with its sessions in memory.
    pub ours: HoldReport,
    /// The bare relay.
    pub relay: HoldReport,
    /// callshadow with REDIS_URL set, when `redis-server` could be started.
    pub on_redis: Option<HoldReport>,
}

/// Runs the rounds; a missing `redis-server` is said and skips only the Redis
/// servers.
///
/// # Errors
/// When a server cannot start or a run fails.
pub async fn run(args: &Args, fake: SocketAddr) -> anyhow::Result<Vec<HoldRound>> {
    let redis = match RedisServer::start().await {
        Ok(redis) => Some(redis),
        Err(error) => {
            eprintln!("hold: callshadow on Redis skipped ({error:#})");
            None
        }
    };
    let mut rounds = Vec::new();
    for round in 1..=args.hold_rounds.max(1) {
        let label = format!("hold, round {round}/{}", args.hold_rounds.max(1));
        eprintln!("{label}: {} idle connections", args.hold_connections);
        let ours = hold_server(args, fake, None, "callshadow").await?;
        let relay = start_and_hold(args, all::start_relay(args, fake).await?, "relay").await?;
        let on_redis = match &redis {
            Some(redis) => Some(hold_server(args, fake, Some(redis), "callshadow (redis)").await?),
            None => None,
        };
        rounds.push(HoldRound {
            ours,
            relay,
            on_redis,
        });
    }
    Ok(rounds)
}

/// Starts callshadow (on `redis` when given) and holds connections on it.
async fn hold_server(
    args: &Args,
    fake: SocketAddr,
    redis: Option<&RedisServer>,
    name: &str,
) -> anyhow::Result<HoldReport> {
    let env: Vec<(&str, String)> = redis.map(|r| ("REDIS_URL", r.url())).into_iter().collect();
    let server = all::start_server_with(args, "every", fake, &env).await?;
    start_and_hold(args, server, name).await
}

/// Holds `--hold-connections` idle connections on a started server, then
/// stops it.
async fn start_and_hold(args: &Args, server: Proc, name: &str) -> anyhow::Result<HoldReport> {
    let options = hold::Args {
        url: all::ws_url(server.address),
        connections: args.hold_connections,
        sources: 16,
        concurrency: 256,
        server_pid: Some(server.pid()?),
        settle_ms: 2_000,
        timeout_ms: 10_000,
    };
    let result = hold::run(&options, name).await;
    all::note_log(&server);
    server.stop().await;
    let result = result?;
    report::emit(&result)?;
    Ok(result)
}

/// The median of `values` (the lower middle one for an even count); `None`
/// when there is none.
#[must_use]
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    let middle = values.len().checked_sub(1)? / 2;
    values.get(middle).copied()
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn the_median_takes_the_middle_value_and_ignores_what_is_not_a_number() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![f64::NAN, 5.0]), Some(5.0));
        assert_eq!(median(Vec::new()), None);
    }
}
