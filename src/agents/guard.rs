//! The one guarded call every agent runs in, for the orchestrator and the closing
//! agent alike: cut at the message's deadline, stopped when cancelled, and a
//! panic caught, so one agent's failure never takes the connection down.

use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures_util::FutureExt;
use tokio::time::{Instant, timeout_at};
use tokio_util::sync::CancellationToken;

use super::error::AgentError;

/// Runs `call` for `agent` (a name for logs) until `deadline`. `None` when
/// `cancel` fired first (the call is dropped: agents are cancel-safe); a late
/// call is [`AgentError::Deadline`], a panic [`AgentError::Panicked`], both logged.
pub async fn guarded<T>(
    agent: &'static str,
    deadline: Instant,
    cancel: &CancellationToken,
    call: impl Future<Output = Result<T, AgentError>>,
) -> Option<Result<T, AgentError>> {
    let call = AssertUnwindSafe(timeout_at(deadline, call)).catch_unwind();
    let outcome = tokio::select! {
        biased;
        () = cancel.cancelled() => return None,
        outcome = call => outcome,
    };
    Some(match outcome {
        Ok(Ok(result)) => result,
        Ok(Err(_elapsed)) => {
            tracing::warn!(agent, "no answer before the deadline");
            Err(AgentError::Deadline)
        }
        Err(_panic) => {
            tracing::error!(agent, "the agent panicked");
            Err(AgentError::Panicked)
        }
    })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn in_secs(secs: u64) -> Instant {
        Instant::now() + Duration::from_secs(secs)
    }

    #[tokio::test(start_paused = true)]
    async fn an_answer_in_time_is_passed_through() {
        let cancel = CancellationToken::new();
        let answer = guarded("t", in_secs(1), &cancel, async { Ok::<_, AgentError>(7) }).await;
        assert!(matches!(answer, Some(Ok(7))));
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_past_the_deadline_is_cut_there() {
        let cancel = CancellationToken::new();
        let started = Instant::now();
        let slow = async {
            tokio::time::sleep(Duration::from_secs(60)).await;
            Ok::<_, AgentError>(())
        };
        let answer = guarded("t", in_secs(2), &cancel, slow).await;
        assert!(matches!(answer, Some(Err(AgentError::Deadline))));
        assert_eq!(started.elapsed(), Duration::from_secs(2));
    }

    #[tokio::test(start_paused = true)]
    async fn a_panic_becomes_an_error() {
        let cancel = CancellationToken::new();
        let panicking = async { panic!("boom") };
        let answer: Option<Result<(), _>> = guarded("t", in_secs(1), &cancel, panicking).await;
        assert!(matches!(answer, Some(Err(AgentError::Panicked))));
    }

    #[tokio::test(start_paused = true)]
    async fn a_cancelled_call_is_dropped_and_gives_nothing() {
        let cancel = CancellationToken::new();
        let stop = cancel.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(300)).await;
            stop.cancel();
        });
        let started = Instant::now();
        let slow = async {
            tokio::time::sleep(Duration::from_secs(60)).await;
            Ok::<_, AgentError>(())
        };
        assert!(guarded("t", in_secs(5), &cancel, slow).await.is_none());
        assert_eq!(started.elapsed(), Duration::from_millis(300));
    }
}
