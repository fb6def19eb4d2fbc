//! The circuit breaker, one per upstream (see [`super::upstream`]), shared by
//! every agent and every session: CLOSED → OPEN after consecutive failed
//! attempts; OPEN fails fast; after a cool-down HALF_OPEN admits exactly ONE probe
//! while every other call still fails fast. Its log lines name the upstream.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

/// The breaker's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CircuitState {
    /// Calls go through.
    Closed,
    /// Calls fail fast without touching the upstream.
    Open,
    /// One probe call is allowed; the others fail fast.
    HalfOpen,
}

impl CircuitState {
    /// Lowercase name for `/ready` and logs.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Closed => "closed",
            Self::Open => "open",
            Self::HalfOpen => "half_open",
        }
    }
}

/// How an attempt ended, as far as the breaker cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The upstream answered.
    Success,
    /// The upstream failed (5xx, timeout, connection, rate limit).
    Failure,
    /// Says nothing about the upstream's health (a 4xx other than 429).
    Neutral,
}

#[derive(Debug)]
struct Inner {
    state: CircuitState,
    consecutive_failures: u32,
    opened_at: Instant,
    probe_in_flight: bool,
}

/// A circuit breaker.
#[derive(Debug)]
pub struct CircuitBreaker {
    /// The upstream's label, in every log line.
    name: Arc<str>,
    threshold: u32,
    cool_down: Duration,
    inner: Mutex<Inner>,
}

/// The right to make one attempt; report how it went with [`Permit::record`].
///
/// Dropped unrecorded, it tells a panic from a cancellation by
/// [`std::thread::panicking`]: dropped while a panic unwinds through the attempt,
/// it records a [`Outcome::Failure`] (a bug or a hostile answer that crashes the
/// call must open the circuit like any other failure); dropped otherwise, the
/// call's future was dropped by its owner (the client went away, the message's
/// deadline passed, the server stops), which says nothing about the upstream: the
/// probe slot is freed and nothing is counted.
#[derive(Debug)]
pub struct Permit<'a> {
    breaker: &'a CircuitBreaker,
    probe: bool,
    recorded: bool,
}

impl CircuitBreaker {
    /// A closed breaker of the upstream `name` (its label, for logs) that opens
    /// after `threshold` consecutive failures and stays open for `cool_down`.
    #[must_use]
    pub fn new(name: impl Into<Arc<str>>, threshold: u32, cool_down: Duration) -> Self {
        Self {
            name: name.into(),
            threshold: threshold.max(1),
            cool_down,
            inner: Mutex::new(Inner {
                state: CircuitState::Closed,
                consecutive_failures: 0,
                opened_at: Instant::now(),
                probe_in_flight: false,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The upstream's label.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The current state: an open circuit whose cool-down has passed is
    /// half-open (its next call is the probe), whether or not a call came since.
    #[must_use]
    pub fn state(&self) -> CircuitState {
        let mut inner = self.lock();
        self.end_cool_down(&mut inner);
        inner.state
    }

    /// Turns an open circuit half-open once its cool-down has passed.
    fn end_cool_down(&self, inner: &mut Inner) {
        if inner.state == CircuitState::Open && inner.opened_at.elapsed() >= self.cool_down {
            self.transition(inner, CircuitState::HalfOpen);
        }
    }

    /// A permit to attempt a call, or `None` to fail fast.
    pub fn try_acquire(&self) -> Option<Permit<'_>> {
        let mut inner = self.lock();
        self.end_cool_down(&mut inner);
        let probe = match inner.state {
            CircuitState::Closed => false,
            CircuitState::Open => return None,
            CircuitState::HalfOpen if inner.probe_in_flight => return None,
            CircuitState::HalfOpen => true,
        };
        if probe {
            inner.probe_in_flight = true;
        }
        Some(Permit {
            breaker: self,
            probe,
            recorded: false,
        })
    }

    fn transition(&self, inner: &mut Inner, to: CircuitState) {
        let from = inner.state;
        inner.state = to;
        match to {
            CircuitState::Open => {
                inner.opened_at = Instant::now();
                tracing::warn!(
                    upstream = %self.name,
                    from = from.as_str(),
                    to = to.as_str(),
                    consecutive_failures = inner.consecutive_failures,
                    cool_down_ms = u64::try_from(self.cool_down.as_millis()).unwrap_or(u64::MAX),
                    "circuit breaker opened: failing fast with fallbacks"
                );
            }
            CircuitState::HalfOpen | CircuitState::Closed => {
                tracing::info!(
                    upstream = %self.name,
                    from = from.as_str(),
                    to = to.as_str(),
                    "circuit breaker transition"
                );
            }
        }
    }

    fn on_outcome(&self, probe: bool, outcome: Outcome) {
        let mut inner = self.lock();
        if probe {
            inner.probe_in_flight = false;
            match outcome {
                Outcome::Success => {
                    inner.consecutive_failures = 0;
                    self.transition(&mut inner, CircuitState::Closed);
                }
                Outcome::Failure => self.transition(&mut inner, CircuitState::Open),
                Outcome::Neutral => {}
            }
            return;
        }
        if inner.state != CircuitState::Closed {
            return;
        }
        match outcome {
            Outcome::Success => inner.consecutive_failures = 0,
            Outcome::Failure => {
                inner.consecutive_failures += 1;
                if inner.consecutive_failures >= self.threshold {
                    self.transition(&mut inner, CircuitState::Open);
                }
            }
            Outcome::Neutral => {}
        }
    }
}

impl Permit<'_> {
    /// Whether this permit is the half-open probe.
    #[must_use]
    pub fn is_probe(&self) -> bool {
        self.probe
    }

    /// Reports how the attempt ended.
    pub fn record(mut self, outcome: Outcome) {
        self.recorded = true;
        self.breaker.on_outcome(self.probe, outcome);
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        if self.recorded {
            return;
        }
        if std::thread::panicking() {
            tracing::warn!(
                upstream = %self.breaker.name,
                "an LLM attempt panicked: counted as a failure"
            );
            self.breaker.on_outcome(self.probe, Outcome::Failure);
        } else if self.probe {
            self.breaker.lock().probe_in_flight = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail(breaker: &CircuitBreaker) {
        breaker.try_acquire().unwrap().record(Outcome::Failure);
    }

    #[test]
    fn opens_after_the_threshold_of_consecutive_failures() {
        let breaker = CircuitBreaker::new("t", 3, Duration::from_secs(30));
        fail(&breaker);
        fail(&breaker);
        breaker.try_acquire().unwrap().record(Outcome::Success);
        fail(&breaker);
        fail(&breaker);
        assert_eq!(
            breaker.state(),
            CircuitState::Closed,
            "a success resets the count"
        );
        fail(&breaker);
        assert_eq!(breaker.state(), CircuitState::Open);
        assert!(breaker.try_acquire().is_none(), "open fails fast");
    }

    #[test]
    fn client_errors_do_not_count() {
        let breaker = CircuitBreaker::new("t", 2, Duration::from_secs(30));
        for _ in 0..10 {
            breaker.try_acquire().unwrap().record(Outcome::Neutral);
        }
        assert_eq!(breaker.state(), CircuitState::Closed);
    }

    #[tokio::test(start_paused = true)]
    async fn half_open_admits_one_probe_and_its_outcome_decides() {
        let breaker = CircuitBreaker::new("t", 1, Duration::from_secs(30));
        fail(&breaker);
        tokio::time::advance(Duration::from_secs(29)).await;
        assert_eq!(breaker.state(), CircuitState::Open);
        assert!(breaker.try_acquire().is_none());
        tokio::time::advance(Duration::from_secs(1)).await;
        assert_eq!(
            breaker.state(),
            CircuitState::HalfOpen,
            "the cool-down over, it says so before any call"
        );
        let probe = breaker.try_acquire().expect("one probe");
        assert!(probe.is_probe());
        assert_eq!(breaker.state(), CircuitState::HalfOpen);
        assert!(
            breaker.try_acquire().is_none(),
            "others fail fast during the probe"
        );
        probe.record(Outcome::Failure);
        assert_eq!(
            breaker.state(),
            CircuitState::Open,
            "a failed probe re-opens"
        );
        tokio::time::advance(Duration::from_secs(30)).await;
        breaker.try_acquire().unwrap().record(Outcome::Success);
        assert_eq!(breaker.state(), CircuitState::Closed, "a good probe closes");
    }

    /// Drops a permit of `breaker` while a panic unwinds, as a crashing attempt does.
    fn panic_holding_a_permit(breaker: &CircuitBreaker) {
        let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _permit = breaker.try_acquire().unwrap();
            panic!("a hostile answer crashed the attempt");
        }));
        assert!(unwound.is_err());
    }

    #[test]
    fn a_permit_dropped_by_a_panic_counts_as_a_failure() {
        let breaker = CircuitBreaker::new("t", 2, Duration::from_secs(30));
        panic_holding_a_permit(&breaker);
        assert_eq!(breaker.state(), CircuitState::Closed);
        panic_holding_a_permit(&breaker);
        assert_eq!(breaker.state(), CircuitState::Open);
    }

    #[test]
    fn a_permit_dropped_unrecorded_without_a_panic_is_a_cancellation_and_counts_nothing() {
        let breaker = CircuitBreaker::new("t", 1, Duration::from_secs(30));
        for _ in 0..10 {
            drop(breaker.try_acquire().unwrap());
        }
        assert_eq!(breaker.state(), CircuitState::Closed);
    }

    #[tokio::test(start_paused = true)]
    async fn a_probe_that_panics_reopens_the_circuit() {
        let breaker = CircuitBreaker::new("t", 1, Duration::from_secs(30));
        fail(&breaker);
        tokio::time::advance(Duration::from_secs(30)).await;
        panic_holding_a_permit(&breaker);
        assert_eq!(breaker.state(), CircuitState::Open);
        assert!(
            breaker.try_acquire().is_none(),
            "the cool-down starts again"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_cancelled_probe_frees_the_slot() {
        let breaker = CircuitBreaker::new("t", 1, Duration::from_secs(1));
        fail(&breaker);
        tokio::time::advance(Duration::from_secs(1)).await;
        drop(breaker.try_acquire().unwrap());
        assert_eq!(breaker.state(), CircuitState::HalfOpen);
        assert!(breaker.try_acquire().is_some_and(|p| p.is_probe()));
    }
}
