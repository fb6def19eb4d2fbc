//! What one client may take of the session table: live sessions created per
//! address, creations per minute per address, and the bytes all sessions'
//! memories hold together (the memory budget, beside MAX_SESSIONS).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicI64, Ordering};

use dashmap::DashMap;
use dashmap::mapref::entry::Entry;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::AccessSettings;

/// Why a new session is refused before it exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QuotaError {
    /// The address holds MAX_SESSIONS_PER_IP live sessions.
    #[error("this address holds its maximum of live sessions (MAX_SESSIONS_PER_IP={0})")]
    LiveSessions(usize),
    /// The address created SESSION_CREATIONS_PER_MINUTE_PER_IP sessions this minute.
    #[error("this address creates sessions too fast (SESSION_CREATIONS_PER_MINUTE_PER_IP={0})")]
    CreationRate(u32),
    /// All sessions together hold SESSIONS_MEMORY_BUDGET_MB.
    #[error("the server's session memory budget is used up; try again later")]
    MemoryBudget,
}

/// The per-address counters and the memory budget.
pub struct Quotas {
    live: DashMap<IpAddr, usize>,
    max_live: Option<usize>,
    creations: Option<(DefaultKeyedRateLimiter<IpAddr>, NonZeroU32)>,
    bytes: AtomicI64,
    budget: i64,
}

impl std::fmt::Debug for Quotas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Quotas")
            .field("addresses", &self.live.len())
            .field("bytes", &self.bytes.load(Ordering::Relaxed))
            .field("budget", &self.budget)
            .finish_non_exhaustive()
    }
}

impl Quotas {
    /// The quotas `access` sets.
    #[must_use]
    pub fn new(access: &AccessSettings) -> Self {
        let creations = access
            .creations_per_minute_per_ip
            .map(|n| (RateLimiter::keyed(Quota::per_minute(n)), n));
        Self {
            live: DashMap::new(),
            max_live: access.max_sessions_per_ip,
            creations,
            bytes: AtomicI64::new(0),
            budget: i64::try_from(access.memory_budget_bytes).unwrap_or(i64::MAX),
        }
    }

    /// Whether `address` may create a session now; counts the creation against
    /// its rate when it may.
    ///
    /// # Errors
    /// The [`QuotaError`] that refuses it.
    pub fn admit(&self, address: IpAddr) -> Result<(), QuotaError> {
        if self.bytes.load(Ordering::Acquire) >= self.budget {
            return Err(QuotaError::MemoryBudget);
        }
        if let Some(max) = self.max_live
            && self.live.get(&address).is_some_and(|n| *n >= max)
        {
            return Err(QuotaError::LiveSessions(max));
        }
        if let Some((limiter, per_minute)) = &self.creations
            && limiter.check_key(&address).is_err()
        {
            return Err(QuotaError::CreationRate(per_minute.get()));
        }
        Ok(())
    }

    /// Whether all sessions together hold the memory budget.
    #[must_use]
    pub fn over_budget(&self) -> bool {
        self.bytes.load(Ordering::Acquire) >= self.budget
    }

    /// Counts a session created by `address`.
    pub fn created(&self, address: Option<IpAddr>) {
        if let Some(address) = address {
            *self.live.entry(address).or_insert(0) += 1;
        }
    }

    /// Counts a session created by `address` as gone, and its `bytes` freed.
    pub fn removed(&self, address: Option<IpAddr>, bytes: u64) {
        self.grow(-i64::try_from(bytes).unwrap_or(i64::MAX));
        let Some(address) = address else { return };
        if let Entry::Occupied(mut entry) = self.live.entry(address) {
            *entry.get_mut() = entry.get().saturating_sub(1);
            if *entry.get() == 0 {
                entry.remove();
            }
        }
    }

    /// Adds `delta` bytes (negative: freed) to what sessions hold.
    pub fn grow(&self, delta: i64) {
        self.bytes.fetch_add(delta, Ordering::AcqRel);
    }

    /// Bytes all sessions hold now.
    #[must_use]
    pub fn bytes(&self) -> i64 {
        self.bytes.load(Ordering::Acquire)
    }

    /// Forgets creation-rate state of addresses idle for a while (memory).
    pub fn sweep(&self) {
        if let Some((limiter, _)) = &self.creations {
            limiter.retain_recent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotas(live: Option<usize>, per_minute: u32, budget: u64) -> Quotas {
        Quotas::new(&crate::config::AccessSettings {
            max_sessions_per_ip: live,
            creations_per_minute_per_ip: NonZeroU32::new(per_minute),
            memory_budget_bytes: budget,
            ..Default::default()
        })
    }

    #[test]
    fn live_sessions_per_address_are_capped_and_freed() {
        let quotas = quotas(Some(2), 0, u64::MAX);
        let (here, there) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        for _ in 0..2 {
            quotas.admit(here).unwrap();
            quotas.created(Some(here));
        }
        assert_eq!(quotas.admit(here), Err(QuotaError::LiveSessions(2)));
        assert!(quotas.admit(there).is_ok(), "other addresses count apart");
        quotas.removed(Some(here), 0);
        assert!(quotas.admit(here).is_ok());
    }

    #[test]
    fn creations_per_minute_and_the_memory_budget_are_enforced() {
        let quotas = quotas(None, 3, 1_000);
        let here: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..3 {
            assert!(quotas.admit(here).is_ok());
        }
        assert_eq!(quotas.admit(here), Err(QuotaError::CreationRate(3)));
        quotas.grow(1_000);
        assert_eq!(
            quotas.admit("192.0.2.9".parse().unwrap()),
            Err(QuotaError::MemoryBudget)
        );
        quotas.removed(None, 1);
        assert!(quotas.admit("192.0.2.9".parse().unwrap()).is_ok());
    }
}
