//! The retry loop: what is retried, the budget, the deadline, the breaker.

use std::panic::AssertUnwindSafe;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};

use async_trait::async_trait;
use futures_util::FutureExt;

use super::*;

/// Calls counted nowhere.
static UNNAMED: UpstreamSeries = UpstreamSeries::unregistered();

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

    async fn complete(&self, _: &ChatRequest, _: AttemptTimeouts) -> Result<Completion, LlmError> {
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
        .call(
            backend,
            &breaker,
            &UNNAMED,
            &request,
            Instant::now() + within,
        )
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
        excerpt: String::new(),
    };
    let backend = Flaky::new(1, asked);
    run(&backend, Duration::from_secs(60)).await.unwrap();
    assert_eq!(backend.gaps(), vec![Duration::from_millis(1500)]);
}

#[tokio::test(start_paused = true)]
async fn a_wait_past_the_deadline_is_not_taken() {
    let asked = LlmError::RateLimited {
        retry_after: Some(Duration::from_secs(3)),
        excerpt: String::new(),
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
        .call(&backend, &breaker, &UNNAMED, &request, Instant::now())
        .await
        .unwrap_err();
    assert_eq!(failure.attempts, 0);
    assert!(backend.calls.lock().unwrap().is_empty());
    assert_eq!(breaker.state(), crate::llm::breaker::CircuitState::Closed);
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
        .call(&Slow, &breaker, &UNNAMED, &request, deadline)
        .await
        .unwrap_err();
    assert_eq!(failure.error, LlmError::Timeout("suggestion deadline"));
    assert_eq!(breaker.state(), crate::llm::breaker::CircuitState::Closed);
}

/// Panics on every call, as a backend crashed by a hostile answer would.
struct Crashing;

#[async_trait]
impl Backend for Crashing {
    fn name(&self) -> &'static str {
        "crashing"
    }

    async fn complete(&self, _: &ChatRequest, _: AttemptTimeouts) -> Result<Completion, LlmError> {
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
        let call = retrier.call(&Crashing, &breaker, &UNNAMED, &request, deadline);
        let unwound = AssertUnwindSafe(call).catch_unwind().await;
        assert!(unwound.is_err(), "the panic reaches the caller's guard");
    }
    assert_eq!(breaker.state(), crate::llm::breaker::CircuitState::Open);
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
        let call = retrier.call(&Crashing, &breaker, &UNNAMED, &request, deadline);
        let cancelled = tokio::time::timeout(Duration::from_millis(5), call).await;
        assert!(cancelled.is_err(), "dropped before the backend answered");
    }
    assert_eq!(breaker.state(), crate::llm::breaker::CircuitState::Closed);
}

#[tokio::test(start_paused = true)]
async fn errors_that_are_not_transient_are_not_retried() {
    let backend = Flaky::new(
        1,
        LlmError::Authentication {
            status: 401,
            excerpt: String::new(),
        },
    );
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
        excerpt: String::new(),
    };
    assert_eq!(policy().delay(0, &asked), Duration::from_secs(2));
    let greedy = LlmError::RateLimited {
        retry_after: Some(Duration::from_secs(600)),
        excerpt: String::new(),
    };
    assert_eq!(policy().delay(0, &greedy), Duration::from_millis(4000));
}
