//! The one retry loop: exponential backoff with full jitter, `Retry-After`
//! honoured (capped), only transient errors retried, never past the deadline,
//! within a retry budget, and through the circuit breaker on every attempt.
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
use super::metrics::{Upstream, UpstreamSeries};

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
    series: UpstreamSeries,
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
            series: UpstreamSeries::unregistered(),
        }
    }

    /// This retrier, its attempts (and the tokens they report) counted in the
    /// metrics as `upstream`'s.
    #[must_use]
    pub fn for_upstream(mut self, upstream: Upstream) -> Self {
        self.series = UpstreamSeries::new(upstream);
        self
    }

    /// Calls `backend` until it answers, the error is not transient, retries run
    /// out, the next wait would overrun `deadline`, or the breaker refuses.
    /// Dropping the future cancels everything, the backoff sleep included.
    ///
    /// # Errors
    /// The last error and the number of requests sent; [`LlmError::CircuitOpen`]
    /// with zero attempts when the breaker refused the first one.
    pub async fn call(
        &self,
        backend: &dyn Backend,
        breaker: &CircuitBreaker,
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
                self.series.refused();
                let error = last_error.unwrap_or(LlmError::CircuitOpen);
                return Err(Failure { error, attempts });
            };
            attempts += 1;
            let error = match self.attempt(permit, backend, request, deadline).await {
                Ok(text) => return Ok(text),
                Err(error) => error,
            };
            let Some(delay) = self.next_delay(&error, attempts, deadline) else {
                return Err(Failure { error, attempts });
            };
            tracing::warn!(
                provider = backend.name(),
                attempt = attempts,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                cause = error.kind(),
                error = %error,
                "LLM attempt failed; retrying"
            );
            self.series.retry();
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
        self.series.attempt(&result, started.elapsed());
        result
    }

    /// The wait before the next attempt, or `None` to give up.
    fn next_delay(&self, error: &LlmError, attempts: u32, deadline: Instant) -> Option<Duration> {
        if !error.is_transient() {
            return None;
        }
        if attempts > self.policy.max_retries {
            tracing::info!(attempts, cause = error.kind(), "LLM retries exhausted");
            return None;
        }
        let delay = self.policy.delay(attempts - 1, error);
        if Instant::now() + delay >= deadline {
            tracing::info!(
                cause = error.kind(),
                "no retry: the wait would overrun the suggestion deadline"
            );
            return None;
        }
        if !self.budget.withdraw() {
            tracing::warn!(cause = error.kind(), "no retry: the retry budget is spent");
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
mod tests {
    use std::panic::AssertUnwindSafe;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicU32, Ordering};

    use async_trait::async_trait;
    use futures_util::FutureExt;

    use super::*;

    /// Fails `failures` times with `error`, then answers; records when it is called.
    struct Flaky {
        failures: AtomicU32,
        error: LlmError,
        calls: Mutex<Vec<Instant>>,
    }

    impl Flaky {
        fn new(failures: u32, error: LlmError) -> Self {
            Self {
                failures: AtomicU32::new(failures),
                error,
                calls: Mutex::new(Vec::new()),
            }
        }

        fn gaps(&self) -> Vec<Duration> {
            let calls = self.calls.lock().unwrap();
            calls.windows(2).map(|w| w[1] - w[0]).collect()
        }
    }

    #[async_trait]
    impl Backend for Flaky {
        fn name(&self) -> &'static str {
            "flaky"
        }

        async fn complete(
            &self,
            _: &ChatRequest,
            _: AttemptTimeouts,
        ) -> Result<Completion, LlmError> {
            self.calls.lock().unwrap().push(Instant::now());
            let left = self.failures.load(Ordering::SeqCst);
            if left == 0 {
                return Ok(Completion::from("answer".to_owned()));
            }
            self.failures.store(left - 1, Ordering::SeqCst);
            Err(self.error.clone())
        }
    }

    fn retrier() -> Retrier {
        let timeouts = AttemptTimeouts {
            total: Duration::from_secs(5),
            first_token: Duration::from_secs(2),
        };
        Retrier::new(policy(), timeouts, 1.0, 100)
    }

    async fn run(backend: &Flaky, within: Duration) -> Result<String, Failure> {
        let breaker = CircuitBreaker::new("t", 100, Duration::from_secs(30));
        let request = ChatRequest {
            prompt: "p".to_owned(),
            stream: false,
            cache_key: None,
        };
        retrier()
            .call(backend, &breaker, &request, Instant::now() + within)
            .await
            .map(|answer| answer.text)
    }

    fn server_error() -> LlmError {
        LlmError::Server {
            status: 503,
            excerpt: String::new(),
            retry_after: None,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn each_backoff_stays_within_its_doubling_ceiling() {
        let backend = Flaky::new(3, server_error());
        assert_eq!(
            run(&backend, Duration::from_secs(60)).await.unwrap(),
            "answer"
        );
        let gaps = backend.gaps();
        assert_eq!(gaps.len(), 3, "three retries");
        for (retry, gap) in gaps.iter().enumerate() {
            assert!(
                *gap <= policy().ceiling(u32::try_from(retry).unwrap()),
                "retry {retry} waited {gap:?}"
            );
        }
    }

    #[tokio::test(start_paused = true)]
    async fn retries_run_out_after_max_retries() {
        let backend = Flaky::new(10, server_error());
        let failure = run(&backend, Duration::from_secs(60)).await.unwrap_err();
        assert_eq!(failure.attempts, 4);
        assert_eq!(failure.error, server_error());
    }

    #[tokio::test(start_paused = true)]
    async fn the_wait_is_the_one_retry_after_asked_for() {
        let asked = LlmError::RateLimited {
            retry_after: Some(Duration::from_millis(1500)),
        };
        let backend = Flaky::new(1, asked);
        run(&backend, Duration::from_secs(60)).await.unwrap();
        assert_eq!(backend.gaps(), vec![Duration::from_millis(1500)]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_past_the_deadline_is_not_taken() {
        let asked = LlmError::RateLimited {
            retry_after: Some(Duration::from_secs(3)),
        };
        let backend = Flaky::new(1, asked);
        let failure = run(&backend, Duration::from_secs(2)).await.unwrap_err();
        assert_eq!(failure.attempts, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_deadline_already_past_makes_no_attempt_and_tells_the_breaker_nothing() {
        let backend = Flaky::new(0, server_error());
        let breaker = CircuitBreaker::new("t", 1, Duration::from_secs(30));
        let request = ChatRequest {
            prompt: "p".to_owned(),
            stream: false,
            cache_key: None,
        };
        let failure = retrier()
            .call(&backend, &breaker, &request, Instant::now())
            .await
            .unwrap_err();
        assert_eq!(failure.attempts, 0);
        assert!(backend.calls.lock().unwrap().is_empty());
        assert_eq!(breaker.state(), super::super::breaker::CircuitState::Closed);
    }

    #[tokio::test(start_paused = true)]
    async fn an_attempt_cut_by_the_deadline_does_not_count_as_an_upstream_failure() {
        struct Slow;
        #[async_trait]
        impl Backend for Slow {
            fn name(&self) -> &'static str {
                "slow"
            }
            async fn complete(
                &self,
                _: &ChatRequest,
                _: AttemptTimeouts,
            ) -> Result<Completion, LlmError> {
                tokio::time::sleep(Duration::from_secs(3)).await;
                Ok(Completion::from("late".to_owned()))
            }
        }
        let breaker = CircuitBreaker::new("t", 1, Duration::from_secs(30));
        let request = ChatRequest {
            prompt: "p".to_owned(),
            stream: false,
            cache_key: None,
        };
        let deadline = Instant::now() + Duration::from_secs(1);
        let failure = retrier()
            .call(&Slow, &breaker, &request, deadline)
            .await
            .unwrap_err();
        assert_eq!(failure.error, LlmError::Timeout("suggestion deadline"));
        assert_eq!(breaker.state(), super::super::breaker::CircuitState::Closed);
    }

    /// Panics on every call, as a backend crashed by a hostile answer would.
    struct Crashing;

    #[async_trait]
    impl Backend for Crashing {
        fn name(&self) -> &'static str {
            "crashing"
        }

        async fn complete(
            &self,
            _: &ChatRequest,
            _: AttemptTimeouts,
        ) -> Result<Completion, LlmError> {
            tokio::time::sleep(Duration::from_millis(10)).await;
            panic!("a hostile answer crashed the backend");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_panicking_attempt_counts_as_a_failure_and_still_unwinds() {
        let breaker = CircuitBreaker::new("t", 2, Duration::from_secs(30));
        let request = ChatRequest {
            prompt: "p".to_owned(),
            stream: false,
            cache_key: None,
        };
        let retrier = retrier();
        for _ in 0..2 {
            let deadline = Instant::now() + Duration::from_secs(5);
            let call = retrier.call(&Crashing, &breaker, &request, deadline);
            let unwound = AssertUnwindSafe(call).catch_unwind().await;
            assert!(unwound.is_err(), "the panic reaches the caller's guard");
        }
        assert_eq!(breaker.state(), super::super::breaker::CircuitState::Open);
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_dropped_mid_attempt_is_a_cancellation_not_a_failure() {
        let breaker = CircuitBreaker::new("t", 1, Duration::from_secs(30));
        let request = ChatRequest {
            prompt: "p".to_owned(),
            stream: false,
            cache_key: None,
        };
        let retrier = retrier();
        for _ in 0..3 {
            let deadline = Instant::now() + Duration::from_secs(60);
            let call = retrier.call(&Crashing, &breaker, &request, deadline);
            let cancelled = tokio::time::timeout(Duration::from_millis(5), call).await;
            assert!(cancelled.is_err(), "dropped before the backend answered");
        }
        assert_eq!(breaker.state(), super::super::breaker::CircuitState::Closed);
    }

    #[tokio::test(start_paused = true)]
    async fn errors_that_are_not_transient_are_not_retried() {
        let backend = Flaky::new(1, LlmError::Authentication { status: 401 });
        assert_eq!(
            run(&backend, Duration::from_secs(60))
                .await
                .unwrap_err()
                .attempts,
            1
        );
    }

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_retries: 3,
            initial_delay: Duration::from_millis(250),
            max_delay: Duration::from_millis(4000),
        }
    }

    #[test]
    fn ceilings_double_from_the_initial_delay_up_to_the_cap() {
        let ceilings: Vec<u128> = (0..6).map(|r| policy().ceiling(r).as_millis()).collect();
        assert_eq!(ceilings, vec![250, 500, 1000, 2000, 4000, 4000]);
    }

    #[test]
    fn delays_are_full_jitter_within_the_ceiling() {
        let error = LlmError::Server {
            status: 503,
            excerpt: String::new(),
            retry_after: None,
        };
        let delays: Vec<Duration> = (0..500).map(|_| policy().delay(1, &error)).collect();
        assert!(delays.iter().all(|d| *d <= Duration::from_millis(500)));
        assert!(
            delays.iter().any(|d| *d < Duration::from_millis(100)),
            "draws reach low values"
        );
        assert!(
            delays.iter().any(|d| *d > Duration::from_millis(400)),
            "and high ones"
        );
    }

    #[test]
    fn retry_after_is_honoured_and_capped() {
        let asked = LlmError::RateLimited {
            retry_after: Some(Duration::from_secs(2)),
        };
        assert_eq!(policy().delay(0, &asked), Duration::from_secs(2));
        let greedy = LlmError::RateLimited {
            retry_after: Some(Duration::from_secs(600)),
        };
        assert_eq!(policy().delay(0, &greedy), Duration::from_millis(4000));
    }
}
