//! Waiting on observable state (a counter, a status, an answer) instead of
//! sleeping and hoping: each helper polls until its condition holds, and gives
//! up after [`WAIT_LIMIT`] so a broken server fails the test instead of hanging it.

use std::future::Future;
use std::time::Duration;

/// The longest a condition is waited for.
pub const WAIT_LIMIT: Duration = Duration::from_secs(5);
/// Time between two looks.
const POLL: Duration = Duration::from_millis(10);

/// Whether `check` (async) holds within [`WAIT_LIMIT`].
pub async fn wait_for<F, Fut>(check: F) -> bool
where
    F: Fn() -> Fut,
    Fut: Future<Output = bool>,
{
    let give_up = tokio::time::Instant::now() + WAIT_LIMIT;
    loop {
        if check().await {
            return true;
        }
        if tokio::time::Instant::now() >= give_up {
            return false;
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Whether `condition` holds within [`WAIT_LIMIT`].
pub async fn eventually(condition: impl Fn() -> bool) -> bool {
    wait_for(|| std::future::ready(condition())).await
}
