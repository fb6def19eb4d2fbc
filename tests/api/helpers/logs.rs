//! Capturing what the server logs, to check what is (and is not) in it.

use std::io::Write;
use std::sync::{Arc, LazyLock, Mutex};

use tracing_subscriber::fmt::MakeWriter;

/// A global subscriber that records nothing, set once per process (unless
/// TEST_LOG sets its own): a thread without a subscriber of its own that is the
/// first to reach a log line would otherwise have tracing cache "never" for it
/// while a capture is the only subscriber in the process, and the capture would
/// then miss that line (tokio-rs/tracing#3611; seen as a flaky
/// `breaker_lines_name_the_upstream_for_every_agent`).
static BASELINE: LazyLock<()> = LazyLock::new(|| {
    if std::env::var("TEST_LOG").is_err() {
        let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry());
    }
});

/// Everything logged while the guard lives, on this thread (tests run on a
/// current-thread runtime, so the server's tasks log here too).
#[derive(Clone, Default)]
pub struct CapturedLogs(Arc<Mutex<Vec<u8>>>);

impl CapturedLogs {
    /// Starts capturing every event at TRACE level.
    pub fn start() -> (Self, tracing::subscriber::DefaultGuard) {
        LazyLock::force(&BASELINE);
        let logs = Self::default();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(logs.clone())
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        (logs, guard)
    }

    /// What was logged so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl Write for CapturedLogs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for CapturedLogs {
    type Writer = Self;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}
