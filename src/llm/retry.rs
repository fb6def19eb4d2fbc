//! The one retry loop: exponential backoff with full jitter, `Retry-After`
//! honoured (capped), only transient errors retried, never past the deadline,
//! within a retry budget, and through the circuit breaker on every attempt. One
//! retrier (its budget) and one breaker per upstream, shared by every agent
//! calling it (see [`super::upstream`]).
//!
//! Backoff is computed here rather than with a crate: `backon` and `backoff` add
//! jitter on top of the delay instead of drawing it from `[0, delay]` (full
//! jitter), and neither knows about `Retry-After`, the deadline or the breaker,
//! which is where the logic lives. The budget is tower's `TpsBudget`.

use std::time::Duration;

use tokio::time::{Instant, timeout_at};
use tower::retry::budget::{Budget, TpsBudget};

use super::backend::{AttemptTimeouts, Backend, ChatRequest, Completion};
use super::breaker::{CircuitBreaker, Outcome, Permit};
use super::error::LlmError;
use super::metrics::UpstreamSeries;

/// When and how long to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (MAX_RETRIES_LLM).
    pub max_retries: u32,
    /// Ceiling of the first backoff (RETRY_INITIAL_DELAY_MS).
    pub initial_delay: Duration,
    /// Largest ceiling, and cap of `Retry-After` (RETRY_MAX_DELAY_MS).
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// The backoff ceiling before retry number `retry` (0-based): the initial
    /// delay doubled `retry` times, capped.
    #[must_use]
    pub fn ceiling(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.min(20));
        self.initial_delay
            .saturating_mul(factor)
            .min(self.max_delay)
    }

    /// The wait before retry number `retry`: the upstream's `Retry-After`
    /// (capped at the maximum delay) when it sent one, else a uniformly random
    /// delay in `[0, ceiling]` (full jitter).
    #[must_use]
    pub fn delay(&self, retry: u32, error: &LlmError) -> Duration {
        if let Some(wait) = error.retry_after() {
            return wait.min(self.max_delay);
        }
        let ceiling = u64::try_from(self.ceiling(retry).as_micros()).unwrap_or(u64::MAX);
        Duration::from_micros(fastrand::u64(0..=ceiling))
    }
}

/// A call that failed for good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The last error.
    pub error: LlmError,
    /// Requests actually sent.
    pub attempts: u32,
}

/// Runs attempts under the policy, the budget and the breaker.
#[derive(Debug)]
pub struct Retrier {
    policy: RetryPolicy,
    budget: TpsBudget,
    timeouts: AttemptTimeouts,
}

impl Retrier {
    /// A retrier allowing retries of at most `retry_percent` of calls plus
    /// `min_per_sec` per second, over a ten-second window.
    #[must_use]
    pub fn new(
        policy: RetryPolicy,
        timeouts: AttemptTimeouts,
        retry_percent: f32,
        min_per_sec: u32,
    ) -> Self {
        Self {
            policy,
            budget: TpsBudget::new(Duration::from_secs(10), min_per_sec, retry_percent),
            timeouts,
        }
    }

    /// Calls `backend` until it answers, the error is not transient, retries run
    /// out, the next wait would overrun `deadline`, or the breaker refuses. Each
    /// attempt, retry and refusal is counted in `series` (the calling agent's).
    /// Dropping the future cancels everything, the backoff sleep included.
    ///
    /// # Errors
    /// The last error and the number of requests sent; [`LlmError::CircuitOpen`]
    /// with zero attempts when the breaker refused the first one.
    pub async fn call(
        &self,
        backend: &dyn Backend,
        breaker: &CircuitBreaker,
        series: &UpstreamSeries,
        request: &ChatRequest,
        deadline: Instant,
    ) -> Result<Completion, Failure> {
        self.budget.deposit();
        let mut attempts = 0;
        let mut last_error = None;
        loop {
            if Instant::now() >= deadline {
                // Too late to ask: not the upstream's fault, so the breaker is not told.
                let error = last_error.unwrap_or(LlmError::Timeout("suggestion deadline"));
                return Err(Failure { error, attempts });
            }
            let Some(permit) = breaker.try_acquire() else {
                series.refused();
                let error = last_error.unwrap_or(LlmError::CircuitOpen);
                return Err(Failure { error, attempts });
            };
            attempts += 1;
            let error = match self
                .attempt(permit, backend, series, request, deadline)
                .await
            {
                Ok(text) => return Ok(text),
                Err(error) => error,
            };
            let Some(delay) = self.next_delay(&error, attempts, deadline, breaker.name()) else {
                return Err(Failure { error, attempts });
            };
            tracing::warn!(
                agent = series.agent(),
                upstream = %breaker.name(),
                attempt = attempts,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                cause = error.kind(),
                error = %error,
                upstream_says = error.upstream_says(),
                "LLM attempt failed; retrying"
            );
            series.retry();
            tokio::time::sleep(delay).await;
            last_error = Some(error);
        }
    }

    /// One attempt, cut at `deadline`; tells the breaker how it went. A panic
    /// inside it unwinds to the agent's guard, and the permit, dropped on the way,
    /// records it as a failure (see [`Permit`]).
    async fn attempt(
        &self,
        permit: Permit<'_>,
        backend: &dyn Backend,
        series: &UpstreamSeries,
        request: &ChatRequest,
        deadline: Instant,
    ) -> Result<Completion, LlmError> {
        let started = Instant::now();
        let result = match timeout_at(deadline, backend.complete(request, self.timeouts)).await {
            Ok(result) => {
                permit.record(outcome(&result));
                result
            }
            Err(_) => {
                // The message's deadline cut the attempt before the upstream's own
                // timeout: that says nothing about the upstream's health.
                permit.record(Outcome::Neutral);
                Err(LlmError::Timeout("suggestion deadline"))
            }
        };
        series.attempt(&result, started.elapsed());
        result
    }

    /// The wait before the next attempt, or `None` to give up.
    fn next_delay(
        &self,
        error: &LlmError,
        attempts: u32,
        deadline: Instant,
        upstream: &str,
    ) -> Option<Duration> {
        if !error.is_transient() {
            return None;
        }
        if attempts > self.policy.max_retries {
            tracing::info!(upstream = %upstream, attempts, cause = error.kind(), "LLM retries exhausted");
            return None;
        }
        let delay = self.policy.delay(attempts - 1, error);
        if Instant::now() + delay >= deadline {
            tracing::info!(
                upstream = %upstream,
                cause = error.kind(),
                "no retry: the wait would overrun the suggestion deadline"
            );
            return None;
        }
        if !self.budget.withdraw() {
            tracing::warn!(upstream = %upstream, cause = error.kind(), "no retry: the upstream's retry budget is spent");
            return None;
        }
        Some(delay)
    }
}

fn outcome(result: &Result<Completion, LlmError>) -> Outcome {
    match result {
        Ok(_) => Outcome::Success,
        Err(error) if error.counts_for_breaker() => Outcome::Failure,
        Err(_) => Outcome::Neutral,
    }
}

#[cfg(test)]
#[path = "retry_tests.rs"]
mod tests;
